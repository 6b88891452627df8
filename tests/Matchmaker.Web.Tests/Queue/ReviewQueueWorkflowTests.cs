using Matchmaker.Data.Seeding;
using Matchmaker.Domain.Leads;
using Matchmaker.Web.Tests.Infrastructure;
using Matchmaker.Web.Tests.Leads;

namespace Matchmaker.Web.Tests.Queue;

public sealed class ReviewQueueWorkflowTests(LeadsFactory factory) : IClassFixture<LeadsFactory>
{
    [Fact]
    public async Task An_account_manager_claims_a_lead_others_see_who_holds_it_and_releasing_returns_it_to_the_queue()
    {
        var ids = await DemoIds.LoadAsync(factory);
        var lead = new TestLead { Route = LeadRoute.Vendor };
        var leadId = await lead.SaveAsync(factory, ids);
        using var jordan = await factory.CreateSignedInBrowserAsync(DemoAccounts.AccountManager);
        using var riley = await factory.CreateSignedInBrowserAsync(DemoAccounts.SecondAccountManager);

        using var claimed = await jordan.SubmitFormAsync($"/queue/{leadId}", $"/queue/{leadId}/claim");

        claimed.AssertRedirectsTo($"/queue/{leadId}");
        Assert.Contains("You hold this lead now.", (await jordan.FollowAsync(claimed)).SuccessFlash(), StringComparison.Ordinal);
        Assert.Equal(ids.User(DemoAccounts.AccountManager), (await TestLead.LoadAsync(factory, leadId)).ClaimedByUserId);
        Assert.Contains($"held by {Demo.JordanName}", (await riley.GetPageAsync($"/queue/{leadId}")).Text, StringComparison.Ordinal);
        Assert.Contains(leadId, (await jordan.GetPageAsync("/queue?claim=mine")).QueueLeadIds());
        Assert.DoesNotContain(leadId, (await riley.GetPageAsync("/queue?claim=mine")).QueueLeadIds());
        Assert.DoesNotContain(leadId, (await riley.GetPageAsync("/queue?claim=unclaimed")).QueueLeadIds());

        using var released = await jordan.SubmitFormAsync($"/queue/{leadId}", $"/queue/{leadId}/release");

        released.AssertRedirectsTo($"/queue/{leadId}");
        var after = await TestLead.LoadAsync(factory, leadId);
        Assert.Null(after.ClaimedByUserId);
        Assert.Equal([LeadAction.Submitted, LeadAction.Claimed, LeadAction.Released], after.Events.OrderBy(e => e.Id).Select(e => e.Action));
        Assert.Contains(leadId, (await riley.GetPageAsync("/queue?claim=unclaimed")).QueueLeadIds());
    }

    [Fact]
    public async Task Taking_over_a_held_lead_is_explicit_and_recorded_in_the_history()
    {
        var ids = await DemoIds.LoadAsync(factory);
        var leadId = await new TestLead { Route = LeadRoute.Vendor }.SaveAsync(factory, ids);
        using var jordan = await factory.CreateSignedInBrowserAsync(DemoAccounts.AccountManager);
        using var riley = await factory.CreateSignedInBrowserAsync(DemoAccounts.SecondAccountManager);
        using var claimed = await jordan.SubmitFormAsync($"/queue/{leadId}", $"/queue/{leadId}/claim");

        using var plainClaim = await riley.PostWithTokenAsync($"/queue/{leadId}/claim");
        Assert.Contains($"{Demo.JordanName} holds this lead", (await riley.FollowAsync(plainClaim)).ErrorFlash(), StringComparison.Ordinal);

        using var takenOver = await riley.SubmitFormAsync($"/queue/{leadId}", $"/queue/{leadId}/take-over");

        takenOver.AssertRedirectsTo($"/queue/{leadId}");
        var lead = await TestLead.LoadAsync(factory, leadId);
        Assert.Equal(ids.User(DemoAccounts.SecondAccountManager), lead.ClaimedByUserId);
        var entry = lead.Events.OrderBy(e => e.Id).Last();
        Assert.Equal((LeadAction.TakenOver, ids.User(DemoAccounts.SecondAccountManager), $"Taken over from {Demo.JordanName}"), (entry.Action, entry.UserId!, entry.Detail!));
        var page = await jordan.GetPageAsync($"/queue/{leadId}");
        Assert.Contains($"held by {Demo.RileyName}", page.Text, StringComparison.Ordinal);
        Assert.Contains($"Taken over from {Demo.JordanName}", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejected_lead_shows_the_owner_the_coded_reason_and_the_comment()
    {
        var ids = await DemoIds.LoadAsync(factory);
        var leadId = await new TestLead { Route = LeadRoute.Vendor }.SaveAsync(factory, ids);
        using var riley = await factory.CreateSignedInBrowserAsync(DemoAccounts.SecondAccountManager);

        using var unclaimed = await riley.PostWithTokenAsync($"/queue/{leadId}/reject", ("Reject.Reason", "Spam"));
        Assert.Contains("Claim this lead before you reject it.", (await riley.FollowAsync(unclaimed)).ErrorFlash(), StringComparison.Ordinal);
        using var claimed = await riley.SubmitFormAsync($"/queue/{leadId}", $"/queue/{leadId}/claim");
        using var noReason = await riley.SubmitFormAsync($"/queue/{leadId}", $"/queue/{leadId}/reject", ("Reject.Reason", ""));
        Assert.Contains("Choose why the lead is rejected", (await riley.FollowAsync(noReason)).ErrorFlash(), StringComparison.Ordinal);
        Assert.Equal(LeadStatus.AwaitingReview, (await TestLead.LoadAsync(factory, leadId)).Status);

        using var rejected = await riley.SubmitFormAsync($"/queue/{leadId}", $"/queue/{leadId}/reject",
            ("Reject.Reason", "Duplicate"), ("Reject.Comment", "Same customer as last week's lead."));

        rejected.AssertRedirectsTo($"/queue/{leadId}");
        var lead = await TestLead.LoadAsync(factory, leadId);
        Assert.Equal((LeadStatus.Rejected, QueueRejectionReason.Duplicate), (lead.Status, lead.RejectionReason!.Value));
        using var dana = await factory.CreateSignedInBrowserAsync(Demo.Dana);
        var ownerPage = await dana.GetPageAsync($"/leads/{leadId}");
        Assert.Contains("Rejected by the vendor: Duplicate.", ownerPage.Text, StringComparison.Ordinal);
        Assert.Contains("Same customer as last week's lead.", ownerPage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lead_referred_to_a_suggested_partner_is_offered_and_when_that_partner_declines_it_is_back_in_the_queue_without_it()
    {
        var ids = await DemoIds.LoadAsync(factory);
        // Lone Star's customer in Wisconsin wants CRM: Lakeshore sells CRM in Wisconsin.
        var lead = new TestLead { OwnerEmail = Demo.Marcus, Route = LeadRoute.Vendor, State = "WI", City = "Madison", PostalCode = "53703" };
        var leadId = await lead.SaveAsync(factory, ids);
        using var jordan = await factory.CreateSignedInBrowserAsync(DemoAccounts.AccountManager);
        using var claimed = await jordan.SubmitFormAsync($"/queue/{leadId}", $"/queue/{leadId}/claim");
        var page = await jordan.GetPageAsync($"/queue/{leadId}");
        Assert.Contains(ids.Org(Demo.Lakeshore), page.SuggestedIds());

        using var referred = await page.Form($"/queue/{leadId}/refer").Set("OrganizationIds", LeadForm.Id(ids.Org(Demo.Lakeshore))).PostAsync(jordan);

        referred.AssertRedirectsTo($"/queue/{leadId}");
        var offered = await TestLead.LoadAsync(factory, leadId);
        Assert.Equal(LeadStatus.Offered, offered.Status);
        var referral = Assert.Single(offered.Referrals);
        Assert.Equal((ids.Org(Demo.Lakeshore), ReferralStatus.Pending, LeadRoute.Vendor), (referral.ReceiverOrganizationId, referral.Status, referral.Route));
        Assert.Contains(factory.Emails.To(Demo.Dana), m => m.Subject == $"New lead offered by {Demo.LoneStar}");
        Assert.Contains(leadId, (await jordan.GetPageAsync("/queue?status=Offered")).QueueLeadIds());
        using var dana = await factory.CreateSignedInBrowserAsync(Demo.Dana);
        var offer = await dana.GetPageAsync($"/offers/{referral.Id}");
        Assert.Contains("Offer from The vendor's account team", offer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(lead.Company, offer.Html, StringComparison.Ordinal);

        using var declined = await offer.Form($"/offers/{referral.Id}/decline").Set("Decline.Reason", "NoCapacity").PostAsync(dana);

        declined.AssertRedirectsTo("/offers");
        var back = await TestLead.LoadAsync(factory, leadId);
        Assert.Equal(LeadStatus.AwaitingReview, back.Status);
        Assert.Equal(LeadAction.Returned, back.Events.OrderBy(e => e.Id).Last().Action);
        Assert.Contains(leadId, (await jordan.GetPageAsync("/queue?state=WI")).QueueLeadIds());
        Assert.DoesNotContain(ids.Org(Demo.Lakeshore), (await jordan.GetPageAsync($"/queue/{leadId}")).SuggestedIds());
    }
}
