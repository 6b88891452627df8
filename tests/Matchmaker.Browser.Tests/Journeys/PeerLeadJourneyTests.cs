using Matchmaker.Browser.Tests.Infrastructure;
using Matchmaker.Domain.Leads;
using Matchmaker.Domain.Organizations;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Matchmaker.Browser.Tests.Journeys;

/// <summary>A lead shared with two preferred peers: one declines, the other accepts, works and wins it, and the owner follows every step.</summary>
public sealed class PeerLeadJourneyTests(PortalFixture portal, ITestOutputHelper output) : IClassFixture<PortalFixture>
{
    private const string Dana = "dana@lakeshore.example";
    private const string Grace = "grace@peachtreebiz.example";
    private const string Marcus = "marcus@lonestarerp.example";
    private const string Owner = "Lakeshore Dynamics Partners";
    private const string LoneStar = "Lone Star ERP Group";
    private const string Peachtree = "Peachtree Business Systems";

    // Each viewport shares its own customer, since both runs use the class's database.
    private static NewLead For(Viewport viewport) => viewport.IsPhone
        ? new("Brightwater Dental Group", "Colleen Marsh", "colleen.marsh@brightwaterdental.example", "Green Bay", "Wisconsin", "54301",
            Industry.Healthcare, CompanySize.Small, ["Dynamics CRM"],
            "Six-clinic dental group wants a CRM for patient recalls and referrals between clinics.", "48,000", Timeframe.OneToThreeMonths,
            ClaimBounty: true, [LoneStar, Peachtree])
        : new("Halvorsen Marine Supply", "Erik Halvorsen", "erik@halvorsenmarine.example", "Duluth", "Minnesota", "55802",
            Industry.Distribution, CompanySize.Midsize, ["Dynamics CRM"],
            "Marine parts distributor wants a CRM for 25 field sales reps, with quotes from the field.", "64,000", Timeframe.ThreeToSixMonths,
            ClaimBounty: true, [LoneStar, Peachtree]);

    [SkippableTheory]
    [InlineData(Viewport.DesktopName)]
    [InlineData(Viewport.PhoneName)]
    public async Task A_peer_declines_another_accepts_and_wins_and_the_owner_sees_the_history_and_who_looked(string viewportName)
    {
        var viewport = Viewport.Named(viewportName);
        var lead = For(viewport);
        var journey = new Journey("peer-lead", viewport, output);

        // Dana shares a Dynamics CRM lead with two of her preferred peers and claims the bounty.
        await using var owner = await portal.OpenSessionAsync(viewport);
        var danaPage = owner.Page;
        await Portal.SignInAsync(danaPage, Dana);
        await LeadForm.OpenAsync(danaPage);
        await journey.VisitedAsync(danaPage, "lead-form");
        await LeadForm.FillAsync(danaPage, lead);
        await journey.VisitedAsync(danaPage, "lead-form-filled");
        var leadId = await LeadForm.SubmitAsync(danaPage, lead);
        await Expect(LeadPage.Confirmation(danaPage, "Your lead is saved and offered to the peers you picked.")).ToBeVisibleAsync();
        await Expect(LeadPage.StatusLine(danaPage)).ToContainTextAsync("Offered");
        await Expect(LeadPage.OfferTo(danaPage, LoneStar)).ToContainTextAsync("Pending");
        await Expect(LeadPage.OfferTo(danaPage, Peachtree)).ToContainTextAsync("Pending");
        await journey.VisitedAsync(danaPage, "lead-offered");

        // Grace (Peachtree) sees the offer waiting, reads the summary without the customer's identity, and declines.
        await using (var peachtree = await portal.OpenSessionAsync(viewport))
        {
            var page = peachtree.Page;
            Portal.AcceptConfirmations(page);
            await Portal.SignInAsync(page, Grace);
            await Portal.ExpandNavigationAsync(page);
            var waiting = await OffersWaitingInNavigationAsync(page);
            Assert.True(waiting >= 1, $"Grace's navigation shows {waiting} offers waiting.");
            await journey.VisitedAsync(page, "receiver-home");
            await Portal.OpenMenuLinkAsync(page, "Offers");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Waiting for your answer" })).ToContainTextAsync(waiting.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Review the offer" })).ToHaveCountAsync(waiting);
            await journey.VisitedAsync(page, "offers");

            await OfferCard(page, lead).GetByRole(AriaRole.Link, new() { Name = "Review the offer" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Offer from {Owner}" })).ToBeVisibleAsync();
            await ExpectSummaryOnlyAsync(page, lead);
            await journey.VisitedAsync(page, "offer-summary");

            await page.GetByLabel("Reason").SelectOptionAsync(new SelectOptionValue { Label = LeadNames.Reason(OutcomeReason.NoCapacity) });
            await page.GetByLabel("Comment for the owner").FillAsync("Our CRM team is booked until the autumn.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Decline", Exact = true }).ClickAsync();
            await Expect(LeadPage.Confirmation(page, "You declined the offer.")).ToBeVisibleAsync();
            await Expect(OfferCard(page, lead)).ToHaveCountAsync(0);
            await journey.VisitedAsync(page, "offer-declined");
        }

        // Marcus (Lone Star) reads the same summary, accepts, and then sees who the customer is.
        await using (var loneStar = await portal.OpenSessionAsync(viewport))
        {
            var page = loneStar.Page;
            Portal.AcceptConfirmations(page);
            await Portal.SignInAsync(page, Marcus);
            await Portal.OpenMenuLinkAsync(page, "Offers");
            await OfferCard(page, lead).GetByRole(AriaRole.Link, new() { Name = "Review the offer" }).ClickAsync();
            await ExpectSummaryOnlyAsync(page, lead);
            await page.GetByRole(AriaRole.Button, new() { Name = "Accept the lead" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = lead.Company, Level = 1 })).ToBeVisibleAsync();
            await Expect(LeadPage.Confirmation(page, "You accepted the lead.")).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(lead.ContactEmail);
            await Expect(LeadPage.StatusLine(page)).ToContainTextAsync("Accepted");
            await journey.VisitedAsync(page, "receiver-lead-accepted");

            await page.GetByLabel("Sales stage").SelectOptionAsync(nameof(SalesStage.Proposed));
            await page.GetByRole(AriaRole.Button, new() { Name = "Update stage" }).ClickAsync();
            await Expect(LeadPage.Confirmation(page, "Sales stage updated.")).ToBeVisibleAsync();
            await Expect(LeadPage.StatusLine(page)).ToContainTextAsync("Stage: Proposed");
            await journey.VisitedAsync(page, "receiver-stage-proposed");

            await page.GetByLabel("Won value (USD)").FillAsync("71,250");
            await page.GetByLabel("Comment on the win").FillAsync("Two-year subscription signed.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Report won" }).ClickAsync();
            await Expect(LeadPage.Confirmation(page, "the deal is reported won")).ToBeVisibleAsync();
            await Expect(LeadPage.StatusLine(page)).ToContainTextAsync("Won");
            await journey.VisitedAsync(page, "receiver-lead-won");
        }

        // Dana opens the lead again from her list: every answer, the stage, the win and who looked.
        await Portal.OpenMenuLinkAsync(danaPage, "My leads");
        await journey.VisitedAsync(danaPage, "my-leads");
        await danaPage.GetByRole(AriaRole.Link, new() { Name = lead.Company, Exact = true }).ClickAsync();
        await danaPage.WaitForURLAsync($"**/leads/{leadId}");
        await Expect(LeadPage.StatusLine(danaPage)).ToContainTextAsync("Won");
        await Expect(LeadPage.OfferTo(danaPage, Peachtree)).ToContainTextAsync("Declined");
        await Expect(LeadPage.OfferTo(danaPage, LoneStar)).ToContainTextAsync("Accepted");
        await Expect(LeadPage.HistoryEntry(danaPage, "Offer declined", Peachtree, LeadNames.Reason(OutcomeReason.NoCapacity))).ToHaveCountAsync(1);
        await Expect(LeadPage.HistoryEntry(danaPage, "Offer accepted", LoneStar)).ToHaveCountAsync(1);
        await Expect(LeadPage.HistoryEntry(danaPage, "Sales stage updated", "Proposed")).ToHaveCountAsync(1);
        await Expect(LeadPage.HistoryEntry(danaPage, "Won", "Two-year subscription signed.")).ToHaveCountAsync(1);
        await Expect(danaPage.GetByRole(AriaRole.Main)).ToContainTextAsync("$71,250.00");
        await Expect(LeadPage.AccessEntry(danaPage, "Grace Holloway", "Summary").First).ToBeVisibleAsync();
        await Expect(LeadPage.AccessEntry(danaPage, "Grace Holloway", "Full details")).ToHaveCountAsync(0);
        await Expect(LeadPage.AccessEntry(danaPage, "Marcus Bell", "Summary").First).ToBeVisibleAsync();
        await Expect(LeadPage.AccessEntry(danaPage, "Marcus Bell", "Full details").First).ToBeVisibleAsync();
        await journey.VisitedAsync(danaPage, "lead-won-owner");

        journey.AssertAccessible();
    }

    /// <summary>The number on the Offers link of the main navigation (0 when no badge is shown).</summary>
    private static async Task<int> OffersWaitingInNavigationAsync(IPage page)
    {
        var badge = Portal.MainNavigation(page).GetByRole(AriaRole.Link, new() { Name = "Offers" }).Locator(".badge");
        await Expect(badge).ToBeVisibleAsync();
        await Expect(badge).ToContainTextAsync("waiting for your answer");
        var text = await badge.TextContentAsync() ?? string.Empty;
        return int.Parse(text.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries)[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The card of one pending offer on the Offers page, found by the need the owner wrote.</summary>
    private static ILocator OfferCard(IPage page, NewLead lead) =>
        page.Locator(".card").Filter(new() { HasText = lead.Need });

    /// <summary>Before accepting, the receiver sees the opportunity but not who the customer is.</summary>
    private static async Task ExpectSummaryOnlyAsync(IPage page, NewLead lead)
    {
        var main = page.GetByRole(AriaRole.Main);
        await Expect(main).ToContainTextAsync(lead.Need);
        await Expect(main).ToContainTextAsync(lead.City);
        await Expect(main).Not.ToContainTextAsync(lead.Company);
        await Expect(main).Not.ToContainTextAsync(lead.ContactEmail);
        await Expect(main).Not.ToContainTextAsync(lead.ContactName);
        Assert.DoesNotContain(lead.Company, await page.ContentAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(lead.ContactEmail, await page.ContentAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
