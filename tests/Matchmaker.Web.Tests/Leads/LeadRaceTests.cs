using System.Net;
using Matchmaker.Domain.Leads;
using Matchmaker.Web.Features.Leads;
using Matchmaker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Matchmaker.Web.Tests.Leads;

/// <summary>Real parallel requests against one lead, repeated with a fresh lead each round.</summary>
public sealed class LeadRaceTests(LeadsFactory factory, ITestOutputHelper output) : IClassFixture<LeadsFactory>
{
    private const int Rounds = 10;

    [Fact]
    public async Task Three_receivers_accepting_at_once_leave_exactly_one_accepted_referral_and_the_losers_are_told_it_is_taken()
    {
        var ids = await DemoIds.LoadAsync(factory);
        string[] accepting = [Demo.Marcus, Demo.Grace, Demo.Noah];
        var browsers = new Dictionary<string, HttpClient>();
        foreach (var email in accepting)
        {
            browsers[email] = await factory.CreateSignedInBrowserAsync(email);
        }

        for (var round = 0; round < Rounds; round++)
        {
            var leadId = await new TestLead { Peers = [Demo.LoneStar, Demo.Peachtree, Demo.Empire, Demo.Cascade] }.SaveAsync(factory, ids);
            var forms = new List<(string Email, HtmlForm Form)>();
            foreach (var (email, organization) in new[] { (Demo.Marcus, Demo.LoneStar), (Demo.Grace, Demo.Peachtree), (Demo.Noah, Demo.Empire) })
            {
                var offer = await TestLead.ReferralIdAsync(factory, leadId, ids.Org(organization));
                forms.Add((email, (await browsers[email].GetPageAsync($"/offers/{offer}")).Form($"/offers/{offer}/accept")));
            }

            var responses = await Task.WhenAll(forms.Select(f => Task.Run(() => f.Form.PostAsync(browsers[f.Email]))));

            Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
            var winners = forms.Zip(responses).Where(x => x.Second.RedirectPath() == $"/leads/{leadId}").ToList();
            var winner = Assert.Single(winners);
            foreach (var (loser, response) in forms.Zip(responses).Where(x => x.First.Email != winner.First.Email))
            {
                response.AssertRedirectsTo("/offers");
                Assert.Contains("another partner already took it", (await browsers[loser.Email].FollowAsync(response)).ErrorFlash(), StringComparison.Ordinal);
            }

            var lead = await TestLead.LoadAsync(factory, leadId);
            Assert.Equal(LeadStatus.Accepted, lead.Status);
            var accepted = Assert.Single(lead.Referrals, r => r.Status == ReferralStatus.Accepted);
            Assert.Equal(accepted.ReceiverOrganizationId, lead.AcceptedByOrganizationId);
            Assert.Equal(accepted.Id, lead.AcceptedReferralId);
            Assert.Equal(ids.User(winner.First.Email), accepted.RespondedByUserId);
            Assert.Equal(3, lead.Referrals.Count(r => r.Status == ReferralStatus.Superseded));
            Assert.Single(lead.Events, e => e.Action == LeadAction.OfferAccepted);
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }

        foreach (var browser in browsers.Values)
        {
            browser.Dispose();
        }
    }

    [Fact]
    public async Task Accepting_while_the_owner_withdraws_ends_accepted_or_withdrawn_never_both()
    {
        var ids = await DemoIds.LoadAsync(factory);
        using var marcus = await factory.CreateSignedInBrowserAsync(Demo.Marcus);
        using var dana = await factory.CreateSignedInBrowserAsync(Demo.Dana);
        var outcomes = new List<LeadStatus>();

        for (var round = 0; round < Rounds; round++)
        {
            var leadId = await new TestLead { Peers = [Demo.LoneStar, Demo.Peachtree] }.SaveAsync(factory, ids);
            var offer = await TestLead.ReferralIdAsync(factory, leadId, ids.Org(Demo.LoneStar));
            var accept = (await marcus.GetPageAsync($"/offers/{offer}")).Form($"/offers/{offer}/accept");
            var withdraw = (await dana.GetPageAsync($"/leads/{leadId}")).Form($"/leads/{leadId}/withdraw");

            var responses = await Task.WhenAll(Task.Run(() => accept.PostAsync(marcus)), Task.Run(() => withdraw.PostAsync(dana)));

            Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
            var lead = await TestLead.LoadAsync(factory, leadId);
            outcomes.Add(lead.Status);
            if (lead.Status == LeadStatus.Accepted)
            {
                responses[0].AssertRedirectsTo($"/leads/{leadId}");
                Assert.Contains("cannot withdraw it", (await dana.FollowAsync(responses[1])).ErrorFlash(), StringComparison.Ordinal);
                Assert.Equal(ReferralStatus.Accepted, lead.Referrals.Single(r => r.Id == offer).Status);
                Assert.Equal(ReferralStatus.Superseded, lead.Referrals.Single(r => r.Id != offer).Status);
                Assert.DoesNotContain(lead.Events, e => e.Action == LeadAction.Withdrawn);
            }
            else
            {
                Assert.Equal(LeadStatus.Withdrawn, lead.Status);
                responses[0].AssertRedirectsTo("/offers");
                Assert.Contains("no longer available", (await marcus.FollowAsync(responses[0])).ErrorFlash(), StringComparison.Ordinal);
                Assert.All(lead.Referrals, r => Assert.Equal(ReferralStatus.Withdrawn, r.Status));
                Assert.Null(lead.AcceptedByOrganizationId);
                Assert.DoesNotContain(lead.Events, e => e.Action == LeadAction.OfferAccepted);
            }

            foreach (var response in responses)
            {
                response.Dispose();
            }
        }

        Assert.Equal(Rounds, outcomes.Count);
        output.WriteLine($"Accept vs withdraw: {outcomes.Count(o => o == LeadStatus.Accepted)} accepted, {outcomes.Count(o => o == LeadStatus.Withdrawn)} withdrawn");
    }

    [Fact]
    public async Task Accepting_while_the_expiry_job_closes_another_overdue_offer_of_the_lead_ends_in_one_valid_state()
    {
        var ids = await DemoIds.LoadAsync(factory);
        var expiredFirst = 0;
        using var marcus = await factory.CreateSignedInBrowserAsync(Demo.Marcus);

        for (var round = 0; round < Rounds; round++)
        {
            var leadId = await new TestLead { Peers = [Demo.LoneStar, Demo.Peachtree] }.SaveAsync(factory, ids);
            var offer = await TestLead.ReferralIdAsync(factory, leadId, ids.Org(Demo.LoneStar));
            var overdue = await TestLead.ReferralIdAsync(factory, leadId, ids.Org(Demo.Peachtree));
            // Peachtree's offer went out earlier and is past its deadline; Lone Star's is still open.
            var past = factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1);
            await factory.InDatabaseAsync(db => db.Referrals.Where(r => r.Id == overdue).ExecuteUpdateAsync(s => s.SetProperty(r => r.DeadlineUtc, past)));
            var accept = (await marcus.GetPageAsync($"/offers/{offer}")).Form($"/offers/{offer}/accept");

            var acceptance = Task.Run(() => accept.PostAsync(marcus));
            var expiry = Task.Run(async () =>
            {
                await using var scope = factory.Services.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<ReferralExpiry>().ExpireDueAsync(CancellationToken.None);
            });
            await Task.WhenAll(acceptance, expiry);

            using var response = await acceptance;
            response.AssertRedirectsTo($"/leads/{leadId}");
            var lead = await TestLead.LoadAsync(factory, leadId);
            Assert.Equal(LeadStatus.Accepted, lead.Status);
            Assert.Equal(offer, Assert.Single(lead.Referrals, r => r.Status == ReferralStatus.Accepted).Id);
            var closed = lead.Referrals.Single(r => r.Id == overdue).Status;
            Assert.Contains(closed, new[] { ReferralStatus.Expired, ReferralStatus.Superseded });
            Assert.Equal(closed == ReferralStatus.Expired ? 1 : 0, await expiry);
            Assert.Equal(closed == ReferralStatus.Expired ? 1 : 0, lead.Events.Count(e => e.Action == LeadAction.OfferExpired));
            Assert.DoesNotContain(lead.Events, e => e.Action == LeadAction.Returned);
            Assert.Single(lead.Events, e => e.Action == LeadAction.OfferAccepted);
            expiredFirst += closed == ReferralStatus.Expired ? 1 : 0;
        }

        output.WriteLine($"Accept vs expiry: the overdue offer expired first in {expiredFirst} of {Rounds} rounds, was superseded in the others");
    }
}
