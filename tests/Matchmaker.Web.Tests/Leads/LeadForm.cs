using Matchmaker.Web.Tests.Infrastructure;

namespace Matchmaker.Web.Tests.Leads;

/// <summary>A valid /leads/new form as a partner fills it; each test changes only what it is about.</summary>
public sealed record LeadForm
{
    public string Company { get; init; } = $"Harbor Freight Logistics {Guid.NewGuid():N}"[..34];

    public string ContactName { get; init; } = "Jo Marsh";

    public string ContactEmail { get; init; } = $"jo@{Guid.NewGuid():N}.example";

    public string ContactPhone { get; init; } = "(312) 555-0177";

    public string City { get; init; } = "Rockford";

    public string State { get; init; } = "IL";

    public string PostalCode { get; init; } = "61101";

    public string Industry { get; init; } = "Distribution";

    public string Size { get; init; } = "Midsize";

    public string CustomerConsented { get; init; } = "true";

    public string[] ProductAreaIds { get; init; } = [];

    public string Need { get; init; } = "Wants a CRM for 25 field reps and a quoting tool.";

    public string EstimatedValue { get; init; } = "42,500";

    public string Timeframe { get; init; } = "OneToThreeMonths";

    public string Route { get; init; } = "Peer";

    public string[] PeerIds { get; init; } = [];

    public string RequireOwnerConsent { get; init; } = "false";

    public static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Opens the form, fills it, lets the test forge or add fields, and posts it.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(HttpClient browser, Action<HtmlForm>? forge = null)
    {
        var page = await browser.GetPageAsync("/leads/new");
        var form = page.Form("/leads/new")
            .Set("Input.Company", Company).Set("Input.ContactName", ContactName).Set("Input.ContactEmail", ContactEmail)
            .Set("Input.ContactPhone", ContactPhone).Set("Input.City", City).Set("Input.State", State)
            .Set("Input.PostalCode", PostalCode).Set("Input.Industry", Industry).Set("Input.Size", Size)
            .Set("Input.CustomerConsented", CustomerConsented).Set("Input.ProductAreaIds", ProductAreaIds)
            .Set("Input.Need", Need).Set("Input.EstimatedValue", EstimatedValue).Set("Input.Timeframe", Timeframe)
            .Set("Input.Route", Route).Set("Input.PeerIds", PeerIds).Set("Input.RequireOwnerConsent", RequireOwnerConsent);
        forge?.Invoke(form);
        return await form.PostAsync(browser);
    }
}
