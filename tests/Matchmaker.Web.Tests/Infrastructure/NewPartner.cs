using System.Globalization;

namespace Matchmaker.Web.Tests.Infrastructure;

/// <summary>A valid registration form for a new U.S. partner; each test changes only what it is about.</summary>
public sealed record NewPartner
{
    public const string GoodPassword = "violet tractor mango harbor";

    private static int _nextPartnerNumber = Random.Shared.Next(10_000_000, 90_000_000);

    public string LegalName { get; init; } = "Prairie Ledger Consulting LLC";

    public string PartnerNumber { get; init; } = Interlocked.Increment(ref _nextPartnerNumber).ToString(CultureInfo.InvariantCulture);

    public string Street { get; init; } = "100 N Main St";

    public string City { get; init; } = "Springfield";

    public string State { get; init; } = "IL";

    public string PostalCode { get; init; } = "62701";

    public string Phone { get; init; } = "(217) 555-0100";

    public string Website { get; init; } = "https://prairieledger.example";

    public string Country { get; init; } = "US";

    public string AdminName { get; init; } = "Robin Alvarez";

    public string Email { get; init; } = $"robin.{Guid.NewGuid():N}@prairieledger.example";

    public string Password { get; init; } = GoodPassword;

    public string? ConfirmPassword { get; init; }

    public (string Name, string Value)[] Fields =>
    [
        ("LegalName", LegalName), ("PartnerNumber", PartnerNumber), ("Street", Street), ("City", City), ("State", State),
        ("PostalCode", PostalCode), ("Phone", Phone), ("Website", Website), ("Country", Country), ("AdminName", AdminName),
        ("Email", Email), ("Password", Password), ("ConfirmPassword", ConfirmPassword ?? Password),
    ];

    /// <summary>Fills and posts the registration form, as a person would.</summary>
    public Task<HttpResponseMessage> SubmitAsync(HttpClient browser, params (string Name, string Value)[] extraFields) =>
        browser.SubmitFormAsync("/register", "/register", [.. Fields, .. extraFields]);

    /// <summary>Registers and returns the browser of the new organization admin, signed in.</summary>
    public async Task<HttpClient> RegisterAsync(MatchmakerFactory factory)
    {
        var browser = factory.CreateBrowser();
        using var response = await SubmitAsync(browser);
        response.AssertRedirectsTo("/");
        return browser;
    }
}
