using System.Globalization;
using Matchmaker.Browser.Tests.Infrastructure;
using Matchmaker.Data.Seeding;
using Matchmaker.Domain.Leads;
using Matchmaker.Domain.Organizations;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Matchmaker.Browser.Tests.Journeys;

/// <summary>
/// A Dynamics lead handed to the vendor: an account manager refers it to the partner the portal
/// suggests, the partner accepts, one admin approves the bounty and another marks it paid.
/// </summary>
public sealed class VendorLeadBountyJourneyTests(PortalFixture portal, ITestOutputHelper output) : IClassFixture<PortalFixture>
{
    private const string Dana = "dana@lakeshore.example";
    private const string Marcus = "marcus@lonestarerp.example";

    // Lone Star is the one demo partner that sells Dynamics AX and serves Texas; Lakeshore excludes nobody.
    private const string QualifiedPartner = "Lone Star ERP Group";

    private static NewLead For(Viewport viewport) => viewport.IsPhone
        ? new("Pecos Valley Pipe & Steel", "Ramon Salazar", "ramon.salazar@pecosvalleysteel.example", "Odessa", "Texas", "79761",
            Industry.Energy, CompanySize.Large, ["Dynamics AX"],
            "Pipe fabricator wants one ERP for two plants, replacing a legacy MRP system and spreadsheets.", "180,000",
            Timeframe.SixToTwelveMonths, ClaimBounty: true, [])
        : new("Brazos Ridge Builders", "Katie Lindqvist", "katie@brazosridge.example", "Waco", "Texas", "76701",
            Industry.Construction, CompanySize.Midsize, ["Dynamics AX"],
            "Home builder wants job costing and purchasing in one ERP across its three divisions.", "125,000",
            Timeframe.ThreeToSixMonths, ClaimBounty: true, []);

    [SkippableTheory]
    [InlineData(Viewport.DesktopName)]
    [InlineData(Viewport.PhoneName)]
    public async Task An_account_manager_refers_a_vendor_lead_the_partner_accepts_and_the_bounty_is_approved_and_paid(string viewportName)
    {
        var viewport = Viewport.Named(viewportName);
        var lead = For(viewport);
        var journey = new Journey("vendor-lead-bounty", viewport, output);
        var paymentReference = $"ACH-{viewport.Name.ToUpperInvariant()}-4471";

        // Dana hands a Texas Dynamics AX lead to the vendor and claims the bounty.
        await using var owner = await portal.OpenSessionAsync(viewport);
        var danaPage = owner.Page;
        // Paid today, as the day reads in Jamie's (the finance admin's) Pacific time zone.
        var paymentDate = DateOnly.FromDateTime(
            TimeZoneInfo.ConvertTime(portal.Server.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles")).DateTime);
        await Portal.SignInAsync(danaPage, Dana);
        await LeadForm.OpenAsync(danaPage);
        await LeadForm.FillAsync(danaPage, lead);
        await journey.VisitedAsync(danaPage, "lead-form-to-vendor");
        var leadId = await LeadForm.SubmitAsync(danaPage, lead);
        await Expect(LeadPage.Confirmation(danaPage, "Your lead is saved and waits in the vendor's review queue.")).ToBeVisibleAsync();
        await Expect(LeadPage.StatusLine(danaPage)).ToContainTextAsync("Awaiting review");
        await journey.VisitedAsync(danaPage, "lead-awaiting-review");

        // Jordan finds it in the review queue, claims it and refers it to the suggested partner.
        await using (var accountManager = await portal.OpenSessionAsync(viewport))
        {
            var page = accountManager.Page;
            await Portal.SignInAsync(page, DemoAccounts.AccountManager);
            await Portal.OpenMenuLinkAsync(page, "Review queue");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Review queue", Level = 1 })).ToBeVisibleAsync();
            var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = lead.Company });
            await Expect(row).ToContainTextAsync("Unclaimed");
            await journey.VisitedAsync(page, "queue");

            await row.GetByRole(AriaRole.Link, new() { Name = lead.Company }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = lead.Company, Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByText("Claim the lead to see suggested partners, refer it or reject it.")).ToBeVisibleAsync();
            await journey.VisitedAsync(page, "queue-lead");

            await page.GetByRole(AriaRole.Button, new() { Name = "Claim" }).ClickAsync();
            await Expect(LeadPage.Confirmation(page, "You hold this lead now.")).ToBeVisibleAsync();
            await Expect(LeadPage.StatusLine(page)).ToContainTextAsync("held by you");
            var suggestions = page.GetByRole(AriaRole.Region, new() { Name = "Refer to a qualified partner" });
            var suggestion = suggestions.GetByRole(AriaRole.Row).Filter(new() { HasText = QualifiedPartner });
            await Expect(suggestion).ToContainTextAsync("Serves TX");
            await journey.VisitedAsync(page, "queue-lead-claimed");

            await suggestion.GetByRole(AriaRole.Checkbox, new() { Name = QualifiedPartner }).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Refer to the selected partners" }).ClickAsync();
            await Expect(LeadPage.Confirmation(page, "Referred.")).ToBeVisibleAsync();
            await Expect(LeadPage.StatusLine(page)).ToContainTextAsync("Offered");
            await Expect(LeadPage.OfferTo(page, QualifiedPartner)).ToContainTextAsync("Pending");
            await journey.VisitedAsync(page, "queue-lead-referred");
        }

        // Marcus accepts the vendor's offer; the claimed bounty is created for Lakeshore.
        await using (var partner = await portal.OpenSessionAsync(viewport))
        {
            var page = partner.Page;
            await Portal.SignInAsync(page, Marcus);
            await Portal.OpenMenuLinkAsync(page, "Offers");
            var card = page.Locator(".card").Filter(new() { HasText = lead.Need });
            await Expect(card).ToContainTextAsync("The vendor's account team");
            await journey.VisitedAsync(page, "partner-offers");
            await card.GetByRole(AriaRole.Link, new() { Name = "Review the offer" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Offer from The vendor's account team" })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync(lead.Company);
            await journey.VisitedAsync(page, "partner-offer-summary");
            await page.GetByRole(AriaRole.Button, new() { Name = "Accept the lead" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = lead.Company, Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(lead.ContactEmail);
            await journey.VisitedAsync(page, "partner-lead-accepted");
        }

        // Alex (admin) approves the new bounty on the evidence.
        await using (var admin = await portal.OpenSessionAsync(viewport))
        {
            var page = admin.Page;
            var confirmations = Portal.AcceptConfirmations(page);
            await Portal.SignInAsync(page, DemoAccounts.Admin);
            await Portal.OpenMenuLinkAsync(page, "Bounties");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dynamics bounties" })).ToBeVisibleAsync();
            var bounty = BountyFor(page, leadId);
            await Expect(bounty).ToContainTextAsync("Pending approval");
            await Expect(bounty).ToContainTextAsync(QualifiedPartner);
            await Expect(bounty).ToContainTextAsync("$250.00 for Lakeshore Dynamics Partners");
            await journey.VisitedAsync(page, "admin-bounties-pending");

            await bounty.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
            await Expect(LeadPage.Confirmation(page, "Bounty approved.")).ToBeVisibleAsync();
            Assert.Contains("Approve this $250.00 bounty for Lakeshore Dynamics Partners?", confirmations);
            await Expect(BountyFor(page, leadId)).ToHaveCountAsync(0);
            await journey.VisitedAsync(page, "admin-bounty-approved");

            // The approver cannot also pay it: four eyes.
            await StatusFilter(page, "Approved").ClickAsync();
            await Expect(BountyFor(page, leadId)).ToContainTextAsync("another admin marks it paid");
            await Expect(BountyFor(page, leadId).GetByRole(AriaRole.Button, new() { Name = "Mark paid" })).ToHaveCountAsync(0);
        }

        // Jamie (finance admin) marks it paid with the transfer's reference and date.
        await using (var finance = await portal.OpenSessionAsync(viewport))
        {
            var page = finance.Page;
            var confirmations = Portal.AcceptConfirmations(page);
            await Portal.SignInAsync(page, DemoAccounts.SecondAdmin);
            await Portal.OpenMenuLinkAsync(page, "Bounties");
            await StatusFilter(page, "Approved").ClickAsync();
            var bounty = BountyFor(page, leadId);
            await Expect(bounty).ToContainTextAsync("Decided by");
            await journey.VisitedAsync(page, "finance-bounties-approved");

            await bounty.GetByLabel("Payment reference").FillAsync(paymentReference);
            await bounty.GetByLabel("Payment date").FillAsync(paymentDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await bounty.GetByRole(AriaRole.Button, new() { Name = "Mark paid" }).ClickAsync();
            await Expect(LeadPage.Confirmation(page, "Bounty marked paid.")).ToBeVisibleAsync();
            Assert.Contains("Mark this bounty paid? This is final.", confirmations);
            await StatusFilter(page, "Paid").ClickAsync();
            await Expect(BountyFor(page, leadId)).ToContainTextAsync($"ref {paymentReference}");
            await journey.VisitedAsync(page, "finance-bounties-paid");
        }

        // Dana sees the bounty paid, on her bounty list and on the lead.
        await Portal.OpenMenuLinkAsync(danaPage, "Bounties");
        await Expect(danaPage.GetByRole(AriaRole.Heading, new() { Name = "Your Dynamics bounties" })).ToBeVisibleAsync();
        var paidRow = danaPage.GetByRole(AriaRole.Row).Filter(new() { HasText = lead.Company });
        await Expect(paidRow.Locator("td[data-label='Status']")).ToContainTextAsync("Paid");
        await Expect(paidRow.Locator("td[data-label='Amount']")).ToContainTextAsync("$250.00");
        await Expect(paidRow.Locator("td[data-label='Paid']")).ToContainTextAsync(paymentDate.ToString("MMM d, yyyy", CultureInfo.InvariantCulture));
        await journey.VisitedAsync(danaPage, "owner-bounties");
        await paidRow.GetByRole(AriaRole.Link, new() { Name = lead.Company }).ClickAsync();
        await Expect(LeadPage.StatusLine(danaPage)).ToContainTextAsync("Accepted");
        await Expect(danaPage.GetByRole(AriaRole.Main)).ToContainTextAsync("Paid $250.00");
        await journey.VisitedAsync(danaPage, "owner-lead-bounty-paid");

        journey.AssertAccessible();
    }

    /// <summary>One of the status pills above the admin's bounty list.</summary>
    private static ILocator StatusFilter(IPage page, string status) =>
        page.GetByRole(AriaRole.List, new() { Name = "Filter by status" }).GetByRole(AriaRole.Link, new() { Name = status });

    /// <summary>The admin's card for the bounty on one lead, found by the lead's number in its evidence.</summary>
    private static ILocator BountyFor(IPage page, int leadId) =>
        page.GetByRole(AriaRole.Article).Filter(new() { HasText = $"#{leadId} ·" });
}
