using Matchmaker.Data.Seeding;
using Matchmaker.Domain.Leads;
using Matchmaker.Web.Tests.Infrastructure;
using Matchmaker.Web.Tests.Leads;

namespace Matchmaker.Web.Tests.Queue;

public sealed class ForgedReferralTests(LeadsFactory factory) : IClassFixture<LeadsFactory>
{
    public static TheoryData<string, string> ForbiddenReceivers => new()
    {
        { Demo.Empire, "Empire Data Works cannot receive this lead: The owner excluded it." },
        { Demo.GoldenGate, "Golden Gate Integrators cannot receive this lead: It does not serve NJ. It sells none of the lead's product areas." },
        { Demo.RockyMountain, "Rocky Mountain Tech Advisors cannot receive this lead: It is not an authorized partner." },
        { Demo.LoneStar, "Lone Star ERP Group cannot receive this lead: It owns this lead." },
        { "no such organization", "Pick partners from the suggestions or the search." },
    };

    [Theory]
    [MemberData(nameof(ForbiddenReceivers))]
    public async Task A_forged_referral_to_a_partner_that_may_not_receive_the_lead_is_refused_with_the_reason_and_nothing_is_saved(string receiver, string message)
    {
        var ids = await DemoIds.LoadAsync(factory);
        // Lone Star's customer in New Jersey wants CRM: Empire would qualify, but Lone Star excludes it.
        var leadId = await new TestLead { OwnerEmail = Demo.Marcus, Route = LeadRoute.Vendor, State = "NJ", City = "Newark", PostalCode = "07102" }.SaveAsync(factory, ids);
        using var jordan = await factory.CreateSignedInBrowserAsync(DemoAccounts.AccountManager);
        using var claimed = await jordan.PostWithTokenAsync($"/queue/{leadId}/claim");
        var before = await TestLead.LoadAsync(factory, leadId);
        Assert.DoesNotContain(ids.Org(Demo.Empire), (await jordan.GetPageAsync($"/queue/{leadId}")).SuggestedIds());
        var receiverId = receiver == "no such organization" ? 987_654 : ids.Org(receiver);

        using var response = await jordan.PostWithTokenAsync($"/queue/{leadId}/refer", ("OrganizationIds", LeadForm.Id(receiverId)));

        response.AssertRedirectsTo($"/queue/{leadId}");
        Assert.StartsWith(message, (await jordan.FollowAsync(response)).ErrorFlash(), StringComparison.Ordinal);
        var after = await TestLead.LoadAsync(factory, leadId);
        Assert.Equal(LeadStatus.AwaitingReview, after.Status);
        Assert.Empty(after.Referrals);
        Assert.Equal(before.Events.Count, after.Events.Count);
        Assert.DoesNotContain(factory.Emails.Sent, m => m.Subject == $"New lead offered by {Demo.LoneStar}" && m.To == Demo.Noah);
    }

    [Fact]
    public async Task A_referral_mixing_a_qualified_and_an_excluded_partner_is_refused_whole()
    {
        var ids = await DemoIds.LoadAsync(factory);
        var leadId = await new TestLead { OwnerEmail = Demo.Marcus, Route = LeadRoute.Vendor, State = "WI", City = "Madison", PostalCode = "53703" }.SaveAsync(factory, ids);
        using var jordan = await factory.CreateSignedInBrowserAsync(DemoAccounts.AccountManager);
        using var claimed = await jordan.PostWithTokenAsync($"/queue/{leadId}/claim");

        using var response = await jordan.PostWithTokenAsync($"/queue/{leadId}/refer",
            ("OrganizationIds", LeadForm.Id(ids.Org(Demo.Lakeshore))), ("OrganizationIds", LeadForm.Id(ids.Org(Demo.Empire))));

        Assert.StartsWith("Empire Data Works cannot receive this lead", (await jordan.FollowAsync(response)).ErrorFlash(), StringComparison.Ordinal);
        var after = await TestLead.LoadAsync(factory, leadId);
        Assert.Equal(LeadStatus.AwaitingReview, after.Status);
        Assert.Empty(after.Referrals);
    }
}
