using Matchmaker.Data.Seeding;
using Matchmaker.Domain.Leads;
using Matchmaker.Web.Features.Leads;
using Matchmaker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Web.Tests.Leads;

public sealed class ReferralExpiryTests(LeadsFactory factory) : IClassFixture<LeadsFactory>
{
    [Fact]
    public async Task Offers_past_their_deadline_expire_once_and_a_second_run_expires_nothing()
    {
        var ids = await DemoIds.LoadAsync(factory);
        var peerLead = await new TestLead { Peers = [Demo.LoneStar, Demo.Peachtree] }.SaveAsync(factory, ids);
        var vendorLead = await VendorLeadReferredToAsync(ids, Demo.Empire);
        factory.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1));
        var due = await DueCountAsync();

        var first = await ExpireAsync();
        var second = await ExpireAsync();

        Assert.True(due >= 3, $"At least the three offers of this test are due ({due}).");
        Assert.Equal(due, first);
        Assert.Equal(0, second);
        var peer = await TestLead.LoadAsync(factory, peerLead);
        Assert.Equal(LeadStatus.Returned, peer.Status);
        Assert.All(peer.Referrals, r => Assert.Equal(ReferralStatus.Expired, r.Status));
        Assert.Equal(2, peer.Events.Count(e => e.Action == LeadAction.OfferExpired));
        Assert.Single(peer.Events, e => e.Action == LeadAction.Returned);
        var vendor = await TestLead.LoadAsync(factory, vendorLead);
        Assert.Equal(LeadStatus.AwaitingReview, vendor.Status);
        Assert.Equal(ReferralStatus.Expired, Assert.Single(vendor.Referrals).Status);
        Assert.Single(vendor.Events, e => e.Action == LeadAction.OfferExpired);
    }

    [Fact]
    public async Task A_receiver_accepting_after_the_deadline_but_before_the_job_ran_is_refused()
    {
        var ids = await DemoIds.LoadAsync(factory);
        var leadId = await new TestLead { Peers = [Demo.LoneStar] }.SaveAsync(factory, ids);
        var offer = await TestLead.ReferralIdAsync(factory, leadId, ids.Org(Demo.LoneStar));
        factory.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1));
        using var marcus = await factory.CreateSignedInBrowserAsync(Demo.Marcus);

        using var accept = await marcus.PostWithTokenAsync($"/offers/{offer}/accept");

        accept.AssertRedirectsTo("/offers");
        Assert.Contains("This offer has expired", (await marcus.FollowAsync(accept)).ErrorFlash(), StringComparison.Ordinal);
        Assert.Equal(LeadStatus.Offered, (await TestLead.LoadAsync(factory, leadId)).Status);
        Assert.DoesNotContain($"/offers/{offer}\"", (await marcus.GetPageAsync("/offers")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_expiry_runs_at_the_same_moment_expire_each_offer_exactly_once_and_leave_valid_leads()
    {
        var ids = await DemoIds.LoadAsync(factory);
        await ExpireAsync();
        var leads = new List<int>();
        for (var i = 0; i < 8; i++)
        {
            leads.Add(await new TestLead { Peers = [Demo.LoneStar, Demo.Peachtree, Demo.Empire] }.SaveAsync(factory, ids));
        }

        factory.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1));
        var due = await DueCountAsync();

        var runs = await Task.WhenAll(Task.Run(ExpireAsync), Task.Run(ExpireAsync));

        Assert.Equal(24, due);
        Assert.Equal(due, runs.Sum());
        Assert.Equal(0, await DueCountAsync());
        foreach (var leadId in leads)
        {
            var lead = await TestLead.LoadAsync(factory, leadId);
            Assert.Equal(LeadStatus.Returned, lead.Status);
            Assert.All(lead.Referrals, r => Assert.Equal(ReferralStatus.Expired, r.Status));
            Assert.Equal(
                lead.Referrals.Select(r => r.Id).Order(),
                lead.Events.Where(e => e.Action == LeadAction.OfferExpired).Select(e => e.ReferralId!.Value).Order());
            Assert.Single(lead.Events, e => e.Action == LeadAction.Returned);
        }
    }

    private async Task<int> ExpireAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReferralExpiry>().ExpireDueAsync(CancellationToken.None);
    }

    private Task<int> DueCountAsync()
    {
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        return factory.InDatabaseAsync(db => db.Referrals.CountAsync(r => r.Status == ReferralStatus.Pending && r.DeadlineUtc <= now));
    }

    /// <summary>A vendor-route lead an account manager claimed and referred through the domain.</summary>
    private async Task<int> VendorLeadReferredToAsync(DemoIds ids, string receiver)
    {
        var leadId = await new TestLead { Route = LeadRoute.Vendor }.SaveAsync(factory, ids);
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await factory.InDatabaseAsync(async db =>
        {
            var lead = await db.Leads.Include(l => l.Referrals).SingleAsync(l => l.Id == leadId);
            lead.Claim(ids.User(DemoAccounts.AccountManager), now);
            lead.ReferByVendor([ids.Org(receiver)], now.AddDays(7), ids.User(DemoAccounts.AccountManager), now);
            return await db.SaveChangesAsync();
        });
        return leadId;
    }
}
