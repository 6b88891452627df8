using System.Net;
using Matchmaker.Data.Seeding;
using Matchmaker.Domain.Leads;
using Matchmaker.Web.Tests.Infrastructure;
using Matchmaker.Web.Tests.Leads;

namespace Matchmaker.Web.Tests.Queue;

/// <summary>Real parallel requests against one queue lead, repeated with a fresh lead each round.</summary>
public sealed class QueueRaceTests(LeadsFactory factory) : IClassFixture<LeadsFactory>
{
    private const int Rounds = 10;

    [Fact]
    public async Task Two_account_managers_claiming_at_once_leave_one_holder_and_the_other_is_told_who_holds_it()
    {
        var ids = await DemoIds.LoadAsync(factory);
        using var jordan = await factory.CreateSignedInBrowserAsync(DemoAccounts.AccountManager);
        using var riley = await factory.CreateSignedInBrowserAsync(DemoAccounts.SecondAccountManager);
        var names = new Dictionary<HttpClient, (string UserId, string Name)>
        {
            [jordan] = (ids.User(DemoAccounts.AccountManager), Demo.JordanName),
            [riley] = (ids.User(DemoAccounts.SecondAccountManager), Demo.RileyName),
        };

        for (var round = 0; round < Rounds; round++)
        {
            var leadId = await new TestLead { Route = LeadRoute.Vendor }.SaveAsync(factory, ids);
            var forms = new[] { jordan, riley }.Select(async b => (Browser: b, Form: (await b.GetPageAsync($"/queue/{leadId}")).Form($"/queue/{leadId}/claim"))).ToList();
            var ready = await Task.WhenAll(forms);

            var responses = await Task.WhenAll(ready.Select(r => Task.Run(() => r.Form.PostAsync(r.Browser))));

            Assert.All(responses, r => r.AssertRedirectsTo($"/queue/{leadId}"));
            var lead = await TestLead.LoadAsync(factory, leadId);
            var holder = names.Single(n => n.Value.UserId == lead.ClaimedByUserId);
            var loser = names.Single(n => n.Key != holder.Key);
            Assert.Single(lead.Events, e => e.Action == LeadAction.Claimed);
            var loserResponse = responses[Array.FindIndex(ready, r => r.Browser == loser.Key)];
            var loserPage = await loser.Key.FollowAsync(loserResponse);
            Assert.Contains($"{holder.Value.Name} holds this lead", loserPage.ErrorFlash(), StringComparison.Ordinal);
            var holderResponse = responses[Array.FindIndex(ready, r => r.Browser == holder.Key)];
            Assert.Contains("You hold this lead now.", (await holder.Key.FollowAsync(holderResponse)).SuccessFlash(), StringComparison.Ordinal);
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }

    [Fact]
    public async Task The_holder_referring_the_same_lead_twice_at_once_leaves_one_referral_and_no_server_error()
    {
        var ids = await DemoIds.LoadAsync(factory);
        using var jordan = await factory.CreateSignedInBrowserAsync(DemoAccounts.AccountManager);

        for (var round = 0; round < Rounds; round++)
        {
            var leadId = await new TestLead { OwnerEmail = Demo.Marcus, Route = LeadRoute.Vendor, State = "WI", City = "Madison", PostalCode = "53703" }.SaveAsync(factory, ids);
            using var claimed = await jordan.PostWithTokenAsync($"/queue/{leadId}/claim");
            var page = await jordan.GetPageAsync($"/queue/{leadId}");
            var first = page.Form($"/queue/{leadId}/refer").Set("OrganizationIds", LeadForm.Id(ids.Org(Demo.Lakeshore)));
            var second = page.Form($"/queue/{leadId}/refer").Set("OrganizationIds", LeadForm.Id(ids.Org(Demo.Lakeshore)));

            var responses = await Task.WhenAll(Task.Run(() => first.PostAsync(jordan)), Task.Run(() => second.PostAsync(jordan)));

            Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
            var lead = await TestLead.LoadAsync(factory, leadId);
            Assert.Equal(LeadStatus.Offered, lead.Status);
            var referral = Assert.Single(lead.Referrals);
            Assert.Equal((ids.Org(Demo.Lakeshore), ReferralStatus.Pending), (referral.ReceiverOrganizationId, referral.Status));
            Assert.Single(lead.Events, e => e.Action == LeadAction.Offered);
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }
}
