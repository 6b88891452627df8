using Matchmaker.Browser.Tests.Infrastructure;
using Matchmaker.Domain.Leads;
using Matchmaker.Domain.Organizations;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Matchmaker.Browser.Tests.Journeys;

/// <summary>
/// The owner's way out and the clock's: a withdrawn lead vanishes from its receiver's offers, and
/// an offer left unanswered past its deadline expires and returns the lead, which then goes to the vendor.
/// </summary>
public sealed class WithdrawAndExpiryJourneyTests(PortalFixture portal, ITestOutputHelper output) : IClassFixture<PortalFixture>
{
    private const string Dana = "dana@lakeshore.example";
    private const string Mei = "mei@goldengate.example";
    private const string GoldenGate = "Golden Gate Integrators";
    private const string Cascade = "Cascade Cloud Solutions";

    // Past the 7-day response window of the demo program settings.
    private static readonly TimeSpan PastTheDeadline = TimeSpan.FromDays(8);

    private static (NewLead ToWithdraw, NewLead ToExpire) For(Viewport viewport) => viewport.IsPhone
        ? (Lead("Sierra Foothill Orchards", "orchards", "Fresno", "California", "93721", GoldenGate,
                "Orchard cooperative wants CRM for grower relations, paused by the board last week."),
            Lead("Olympic Harbor Freight", "harborfreight", "Tacoma", "Washington", "98402", Cascade,
                "Freight forwarder wants CRM for shipper accounts and quotes."))
        : (Lead("Mission Bay Clinics", "missionbay", "San Diego", "California", "92101", GoldenGate,
                "Clinic network wants CRM for patient outreach; the customer may delay."),
            Lead("Cedar Sound Outfitters", "cedarsound", "Bellingham", "Washington", "98225", Cascade,
                "Outdoor retailer wants CRM for its loyalty program across eight stores."));

    private static NewLead Lead(string company, string domain, string city, string state, string zip, string peer, string need) =>
        new(company, "Jordan Avery", $"jordan.avery@{domain}.example", city, state, zip, Industry.Retail, CompanySize.Midsize,
            ["Dynamics CRM"], need, "42,000", Timeframe.OneToThreeMonths, ClaimBounty: false, [peer]);

    [SkippableTheory]
    [InlineData(Viewport.DesktopName)]
    [InlineData(Viewport.PhoneName)]
    public async Task A_withdrawn_lead_leaves_the_receivers_offers_and_an_expired_offer_returns_the_lead_to_its_owner(string viewportName)
    {
        var viewport = Viewport.Named(viewportName);
        var (toWithdraw, toExpire) = For(viewport);
        var journey = new Journey("withdraw-expiry", viewport, output);

        // Dana offers two leads, each to one peer.
        await using var owner = await portal.OpenSessionAsync(viewport);
        var danaPage = owner.Page;
        var confirmations = Portal.AcceptConfirmations(danaPage);
        await Portal.SignInAsync(danaPage, Dana);
        await LeadForm.OpenAsync(danaPage);
        await LeadForm.FillAsync(danaPage, toExpire);
        var expiringLeadId = await LeadForm.SubmitAsync(danaPage, toExpire);
        await LeadForm.OpenAsync(danaPage);
        await LeadForm.FillAsync(danaPage, toWithdraw);
        var withdrawnLeadId = await LeadForm.SubmitAsync(danaPage, toWithdraw);
        await Expect(LeadPage.StatusLine(danaPage)).ToContainTextAsync("Offered");
        await journey.VisitedAsync(danaPage, "lead-offered");

        // Mei (Golden Gate) has the offer waiting.
        await using var receiver = await portal.OpenSessionAsync(viewport);
        var meiPage = receiver.Page;
        await Portal.SignInAsync(meiPage, Mei);
        await Portal.OpenMenuLinkAsync(meiPage, "Offers");
        var offerCard = meiPage.Locator(".card").Filter(new() { HasText = toWithdraw.Need });
        await Expect(offerCard).ToBeVisibleAsync();
        var offerLink = await offerCard.GetByRole(AriaRole.Link, new() { Name = "Review the offer" }).GetAttributeAsync("href")
            ?? throw new InvalidOperationException("The offer card has no link.");
        await journey.VisitedAsync(meiPage, "receiver-offers");

        // Dana withdraws that lead; the page asks first and says what will happen.
        await danaPage.GetByRole(AriaRole.Button, new() { Name = "Withdraw the lead" }).ClickAsync();
        await Expect(LeadPage.Confirmation(danaPage, "The lead is withdrawn.")).ToBeVisibleAsync();
        Assert.Contains(confirmations, message => message.StartsWith("Withdraw this lead? Pending offers close", StringComparison.Ordinal));
        await Expect(LeadPage.StatusLine(danaPage)).ToContainTextAsync("Withdrawn");
        await Expect(LeadPage.OfferTo(danaPage, GoldenGate)).ToContainTextAsync("Withdrawn");
        await Expect(danaPage.GetByRole(AriaRole.Button, new() { Name = "Withdraw the lead" })).ToHaveCountAsync(0);
        await journey.VisitedAsync(danaPage, "lead-withdrawn");
        Assert.EndsWith($"/leads/{withdrawnLeadId}", danaPage.Url, StringComparison.Ordinal);

        // Mei's offer is gone, and its old link finds nothing.
        await meiPage.ReloadAsync();
        await Expect(meiPage.GetByRole(AriaRole.Heading, new() { Name = "Offers to your organization" })).ToBeVisibleAsync();
        await Expect(offerCard).ToHaveCountAsync(0);
        await journey.VisitedAsync(meiPage, "receiver-offer-gone");
        var response = await meiPage.GotoAsync(offerLink);
        Assert.Equal(404, response?.Status);
        await journey.VisitedAsync(meiPage, "receiver-withdrawn-offer-not-found");

        // Nobody answers Cascade's offer: a week and a day later the expiry job closes it.
        portal.Server.Clock.Advance(PastTheDeadline);
        Assert.True(await portal.Server.ExpireDueReferralsAsync() >= 1, "The expiry job expired no offer past its deadline.");

        // Dana's 8-hour session ran out meanwhile; she signs in again and finds the lead back with her.
        await Portal.OpenMenuLinkAsync(danaPage, "My leads");
        await Expect(danaPage).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        await Portal.SignInAsync(danaPage, Dana);
        await Portal.OpenMenuLinkAsync(danaPage, "My leads");
        var expiredRow = danaPage.GetByRole(AriaRole.Row).Filter(new() { HasText = toExpire.Company });
        await Expect(expiredRow).ToContainTextAsync("Returned");
        await journey.VisitedAsync(danaPage, "my-leads-returned");
        await expiredRow.GetByRole(AriaRole.Link, new() { Name = toExpire.Company }).ClickAsync();
        await danaPage.WaitForURLAsync($"**/leads/{expiringLeadId}");
        await Expect(LeadPage.StatusLine(danaPage)).ToContainTextAsync("Returned");
        await Expect(LeadPage.OfferTo(danaPage, Cascade)).ToContainTextAsync("Expired");
        await Expect(LeadPage.HistoryEntry(danaPage, "Offer expired", Cascade)).ToHaveCountAsync(1);
        await Expect(LeadPage.HistoryEntry(danaPage, "Returned to owner")).ToHaveCountAsync(1);
        await journey.VisitedAsync(danaPage, "lead-returned");

        // She lets the vendor find a partner instead.
        await danaPage.GetByRole(AriaRole.Button, new() { Name = "Send to the vendor" }).ClickAsync();
        await Expect(LeadPage.Confirmation(danaPage, "The lead is in the vendor's review queue.")).ToBeVisibleAsync();
        Assert.Contains(confirmations, message => message.StartsWith("Send this lead to the vendor's review queue?", StringComparison.Ordinal));
        await Expect(LeadPage.StatusLine(danaPage)).ToContainTextAsync("Awaiting review");
        await Expect(LeadPage.HistoryEntry(danaPage, "Sent to the vendor")).ToHaveCountAsync(1);
        await journey.VisitedAsync(danaPage, "lead-sent-to-vendor");

        journey.AssertAccessible();
    }
}
