using Matchmaker.Data.Seeding;
using Matchmaker.Domain.Leads;
using Matchmaker.Web.Features.Leads;
using Matchmaker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Web.Tests.Leads;

public sealed class DecliningAndReofferingTests(LeadsFactory factory) : IClassFixture<LeadsFactory>
{
    [Fact]
    public async Task A_decline_with_its_reason_and_comment_is_shown_to_the_owner_and_the_lead_stays_offered_to_the_others()
    {
        var ids = await DemoIds.LoadAsync(factory);
        var leadId = await new TestLead { Peers = [Demo.LoneStar, Demo.Peachtree] }.SaveAsync(factory, ids);
        var offer = await TestLead.ReferralIdAsync(factory, leadId, ids.Org(Demo.LoneStar));
        using var marcus = await factory.CreateSignedInBrowserAsync(Demo.Marcus);

        using var declined = await marcus.SubmitFormAsync($"/offers/{offer}", $"/offers/{offer}/decline",
            ("Decline.Reason", "OutsideOurExpertise"), ("Decline.Comment", "We do not sell CRM in Illinois."));

        declined.AssertRedirectsTo("/offers");
        Assert.Contains("You declined the offer", (await marcus.FollowAsync(declined)).SuccessFlash(), StringComparison.Ordinal);
        var lead = await TestLead.LoadAsync(factory, leadId);
        Assert.Equal(LeadStatus.Offered, lead.Status);
        var referral = lead.Referrals.Single(r => r.Id == offer);
        Assert.Equal((ReferralStatus.Declined, OutcomeReason.OutsideOurExpertise), (referral.Status, referral.DeclineReason));
        using var dana = await factory.CreateSignedInBrowserAsync(Demo.Dana);
        var ownerPage = await dana.GetPageAsync($"/leads/{leadId}");
        var row = Assert.Single(ownerPage.TextsOf("#referrals-heading + .card-body tbody tr"), r => r.Contains(Demo.LoneStar, StringComparison.Ordinal));
        Assert.Contains("Outside our expertise", row, StringComparison.Ordinal);
        Assert.Contains("We do not sell CRM in Illinois.", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decline_without_a_reason_is_refused_beside_the_field_and_the_offer_stays_pending()
    {
        var ids = await DemoIds.LoadAsync(factory);
        var leadId = await new TestLead { Peers = [Demo.LoneStar] }.SaveAsync(factory, ids);
        var offer = await TestLead.ReferralIdAsync(factory, leadId, ids.Org(Demo.LoneStar));
        using var marcus = await factory.CreateSignedInBrowserAsync(Demo.Marcus);

        using var response = await marcus.SubmitFormAsync($"/offers/{offer}", $"/offers/{offer}/decline", ("Decline.Reason", "Won"));

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        Assert.Contains("Choose why you are declining", page.FieldError("Decline.Reason"), StringComparison.Ordinal);
        Assert.Equal(ReferralStatus.Pending, Assert.Single((await TestLead.LoadAsync(factory, leadId)).Referrals).Status);
    }

    [Fact]
    public async Task When_one_peer_declines_and_the_other_lets_the_offer_expire_the_lead_returns_to_the_owner()
    {
        var ids = await DemoIds.LoadAsync(factory);
        var leadId = await new TestLead { Peers = [Demo.LoneStar, Demo.Peachtree] }.SaveAsync(factory, ids);
        var offer = await TestLead.ReferralIdAsync(factory, leadId, ids.Org(Demo.LoneStar));
        using (var marcus = await factory.CreateSignedInBrowserAsync(Demo.Marcus))
        {
            using var declined = await marcus.SubmitFormAsync($"/offers/{offer}", $"/offers/{offer}/decline", ("Decline.Reason", "NoCapacity"));
        }

        factory.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReferralExpiry>().ExpireDueAsync(CancellationToken.None);
        }

        var lead = await TestLead.LoadAsync(factory, leadId);
        Assert.Equal(LeadStatus.Returned, lead.Status);
        Assert.Equal(ReferralStatus.Expired, lead.Referrals.Single(r => r.ReceiverOrganizationId == ids.Org(Demo.Peachtree)).Status);
        Assert.Equal(LeadAction.Returned, lead.Events.OrderBy(e => e.Id).Last().Action);
        using var dana = await factory.CreateSignedInBrowserAsync(Demo.Dana);
        var ownerPage = await dana.GetPageAsync($"/leads/{leadId}");
        Assert.Contains("Every partner declined or let the offer expire.", ownerPage.Text, StringComparison.Ordinal);
        Assert.Contains("Returned to owner", ownerPage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_returned_lead_is_offered_to_other_peers_but_never_again_to_one_that_declined()
    {
        var ids = await DemoIds.LoadAsync(factory);
        var leadId = await ReturnedLeadAsync(ids);
        using var dana = await factory.CreateSignedInBrowserAsync(Demo.Dana);

        var ownerPage = await dana.GetPageAsync($"/leads/{leadId}");
        var offerable = ownerPage.Form($"/leads/{leadId}/offer");
        var listed = ownerPage.Document.QuerySelectorAll("input[name=PeerIds]").Select(i => int.Parse(i.GetAttribute("value")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.DoesNotContain(ids.Org(Demo.LoneStar), listed);
        Assert.Contains(ids.Org(Demo.Empire), listed);

        using var forged = await dana.PostWithTokenAsync($"/leads/{leadId}/offer", ("PeerIds", LeadForm.Id(ids.Org(Demo.LoneStar))));

        forged.AssertRedirectsTo($"/leads/{leadId}");
        Assert.Contains("have not been offered this lead before", (await dana.FollowAsync(forged)).ErrorFlash(), StringComparison.Ordinal);
        var unchanged = await TestLead.LoadAsync(factory, leadId);
        Assert.Equal(LeadStatus.Returned, unchanged.Status);
        Assert.Single(unchanged.Referrals);

        using var reoffered = await offerable.Set("PeerIds", LeadForm.Id(ids.Org(Demo.Empire)), LeadForm.Id(ids.Org(Demo.Cascade))).PostAsync(dana);

        reoffered.AssertRedirectsTo($"/leads/{leadId}");
        Assert.Contains("offered to the peers you picked", (await dana.FollowAsync(reoffered)).SuccessFlash(), StringComparison.Ordinal);
        var lead = await TestLead.LoadAsync(factory, leadId);
        Assert.Equal(LeadStatus.Offered, lead.Status);
        Assert.Equal(
            new[] { ids.Org(Demo.Empire), ids.Org(Demo.Cascade) }.Order(),
            lead.Referrals.Where(r => r.IsPending).Select(r => r.ReceiverOrganizationId).Order());
        Assert.Equal(ReferralStatus.Declined, lead.Referrals.Single(r => r.ReceiverOrganizationId == ids.Org(Demo.LoneStar)).Status);
    }

    [Fact]
    public async Task A_returned_lead_sent_to_the_vendor_waits_in_the_review_queue()
    {
        var ids = await DemoIds.LoadAsync(factory);
        var leadId = await ReturnedLeadAsync(ids);
        using var dana = await factory.CreateSignedInBrowserAsync(Demo.Dana);

        using var sent = await dana.SubmitFormAsync($"/leads/{leadId}", $"/leads/{leadId}/send-to-vendor");

        sent.AssertRedirectsTo($"/leads/{leadId}");
        var lead = await TestLead.LoadAsync(factory, leadId);
        Assert.Equal((LeadStatus.AwaitingReview, LeadRoute.Vendor), (lead.Status, lead.Route));
        Assert.Equal(LeadAction.SentToVendor, lead.Events.OrderBy(e => e.Id).Last().Action);
        using var jordan = await factory.CreateSignedInBrowserAsync(DemoAccounts.AccountManager);
        var queue = await jordan.GetPageAsync("/queue?state=IL");
        Assert.Contains(lead.CustomerCompany, queue.Text, StringComparison.Ordinal);
    }

    /// <summary>A lead Lone Star declined, so it is back with Dana.</summary>
    private async Task<int> ReturnedLeadAsync(DemoIds ids)
    {
        var leadId = await new TestLead { Peers = [Demo.LoneStar] }.SaveAsync(factory, ids);
        var offer = await TestLead.ReferralIdAsync(factory, leadId, ids.Org(Demo.LoneStar));
        using var marcus = await factory.CreateSignedInBrowserAsync(Demo.Marcus);
        using var declined = await marcus.PostWithTokenAsync($"/offers/{offer}/decline", ("Decline.Reason", "NoCapacity"));
        declined.AssertRedirectsTo("/offers");
        Assert.Equal(LeadStatus.Returned, (await TestLead.LoadAsync(factory, leadId)).Status);
        return leadId;
    }
}
