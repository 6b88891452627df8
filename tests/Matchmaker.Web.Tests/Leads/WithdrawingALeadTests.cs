using System.Net;
using Matchmaker.Domain.Leads;
using Matchmaker.Web.Tests.Infrastructure;

namespace Matchmaker.Web.Tests.Leads;

public sealed class WithdrawingALeadTests(LeadsFactory factory) : IClassFixture<LeadsFactory>
{
    [Fact]
    public async Task Withdrawing_closes_every_pending_offer_and_a_receiver_accepting_afterwards_is_told_it_is_no_longer_available()
    {
        var ids = await DemoIds.LoadAsync(factory);
        var leadId = await new TestLead { Peers = [Demo.LoneStar, Demo.Peachtree] }.SaveAsync(factory, ids);
        var offer = await TestLead.ReferralIdAsync(factory, leadId, ids.Org(Demo.LoneStar));
        using var marcus = await factory.CreateSignedInBrowserAsync(Demo.Marcus);
        var openedBeforeTheWithdrawal = (await marcus.GetPageAsync($"/offers/{offer}")).Form($"/offers/{offer}/accept");
        using var dana = await factory.CreateSignedInBrowserAsync(Demo.Dana);

        using var withdrawn = await dana.SubmitFormAsync($"/leads/{leadId}", $"/leads/{leadId}/withdraw");

        withdrawn.AssertRedirectsTo($"/leads/{leadId}");
        Assert.Contains("The lead is withdrawn.", (await dana.FollowAsync(withdrawn)).SuccessFlash(), StringComparison.Ordinal);
        var lead = await TestLead.LoadAsync(factory, leadId);
        Assert.Equal(LeadStatus.Withdrawn, lead.Status);
        Assert.All(lead.Referrals, r => Assert.Equal(ReferralStatus.Withdrawn, r.Status));

        using var accept = await openedBeforeTheWithdrawal.PostAsync(marcus);

        accept.AssertRedirectsTo("/offers");
        Assert.Contains("This offer is no longer available", (await marcus.FollowAsync(accept)).ErrorFlash(), StringComparison.Ordinal);
        Assert.Equal(LeadStatus.Withdrawn, (await TestLead.LoadAsync(factory, leadId)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await marcus.GetPageAsync($"/offers/{offer}")).Status);
        Assert.DoesNotContain($"/offers/{offer}\"", (await marcus.GetPageAsync("/offers")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_accepted_lead_cannot_be_withdrawn_and_the_owner_is_told_why()
    {
        var ids = await DemoIds.LoadAsync(factory);
        var leadId = await new TestLead { Peers = [Demo.LoneStar] }.SaveAsync(factory, ids);
        var offer = await TestLead.ReferralIdAsync(factory, leadId, ids.Org(Demo.LoneStar));
        using var marcus = await factory.CreateSignedInBrowserAsync(Demo.Marcus);
        using var accepted = await marcus.PostWithTokenAsync($"/offers/{offer}/accept");
        using var dana = await factory.CreateSignedInBrowserAsync(Demo.Dana);

        using var withdraw = await dana.PostWithTokenAsync($"/leads/{leadId}/withdraw");

        withdraw.AssertRedirectsTo($"/leads/{leadId}");
        Assert.Contains("A lead that is accepted cannot withdraw it.", (await dana.FollowAsync(withdraw)).ErrorFlash(), StringComparison.Ordinal);
        var lead = await TestLead.LoadAsync(factory, leadId);
        Assert.Equal(LeadStatus.Accepted, lead.Status);
        Assert.Equal(ReferralStatus.Accepted, Assert.Single(lead.Referrals).Status);
    }
}
