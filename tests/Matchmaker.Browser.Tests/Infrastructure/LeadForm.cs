using System.Globalization;
using System.Text.RegularExpressions;
using Matchmaker.Domain.Leads;
using Matchmaker.Domain.Organizations;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Matchmaker.Browser.Tests.Infrastructure;

/// <summary>The lead submission form (/leads/new), filled the way a partner fills it: by its labels.</summary>
public static partial class LeadForm
{
    public const string ConsentLabel = "The customer agreed to be contacted by a partner about this need.";

    public const string BountyLabel = "Claim the Microsoft Dynamics bounty for this lead";

    /// <summary>From any partner page: My leads, then "Submit a lead".</summary>
    public static async Task OpenAsync(IPage page)
    {
        await Portal.OpenMenuLinkAsync(page, "My leads");
        await page.GetByRole(AriaRole.Link, new() { Name = "Submit a lead" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Submit a lead", Level = 1 })).ToBeVisibleAsync();
    }

    public static async Task FillAsync(IPage page, NewLead lead)
    {
        await page.GetByLabel("Company", new() { Exact = true }).FillAsync(lead.Company);
        await page.GetByLabel("Contact name").FillAsync(lead.ContactName);
        await page.GetByLabel("Contact email").FillAsync(lead.ContactEmail);
        await page.GetByLabel("City", new() { Exact = true }).FillAsync(lead.City);
        await page.GetByLabel("State", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = lead.StateName });
        await page.GetByLabel("ZIP code").FillAsync(lead.PostalCode);
        await page.GetByLabel("Industry").SelectOptionAsync(new SelectOptionValue { Label = IndustryNames.Display(lead.Industry) });
        await page.GetByLabel("Company size").SelectOptionAsync(new SelectOptionValue { Label = LeadNames.Size(lead.Size) });
        await page.GetByRole(AriaRole.Checkbox, new() { Name = ConsentLabel }).CheckAsync();

        var areas = page.GetByRole(AriaRole.Group, new() { Name = "Product areas" });
        foreach (var area in lead.ProductAreas)
        {
            await areas.GetByRole(AriaRole.Checkbox, new() { Name = area, Exact = true }).CheckAsync();
        }

        await page.GetByLabel("What the customer needs").FillAsync(lead.Need);
        await page.GetByLabel("Estimated value (USD)").FillAsync(lead.EstimatedValue);
        await page.GetByLabel("Expected timeframe").SelectOptionAsync(new SelectOptionValue { Label = LeadNames.Timeframe(lead.Timeframe) });
        if (lead.ClaimBounty)
        {
            // The choice appears only once a Dynamics area is ticked.
            await page.GetByRole(AriaRole.Checkbox, new() { Name = BountyLabel }).CheckAsync();
        }

        if (lead.ToVendor)
        {
            await page.GetByRole(AriaRole.Radio, new() { Name = "The vendor's account managers" }).CheckAsync();
        }
        else
        {
            await page.GetByRole(AriaRole.Radio, new() { Name = "Peers I pick" }).CheckAsync();
            foreach (var peer in lead.Peers)
            {
                await page.Locator("#peer-picker").GetByRole(AriaRole.Checkbox, new() { Name = peer }).CheckAsync();
            }
        }
    }

    /// <summary>Submits the filled form, waits for the new lead's page and returns the lead's id.</summary>
    public static async Task<int> SubmitAsync(IPage page, NewLead lead)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit the lead" }).ClickAsync();
        await page.WaitForURLAsync(LeadPage());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = lead.Company, Level = 1 })).ToBeVisibleAsync();
        return LeadIdOf(page.Url);
    }

    public static int LeadIdOf(string url) =>
        int.Parse(LeadPage().Match(url).Groups["id"].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"/leads/(?<id>\d+)$")]
    private static partial Regex LeadPage();
}
