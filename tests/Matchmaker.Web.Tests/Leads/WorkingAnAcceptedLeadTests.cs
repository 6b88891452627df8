using Matchmaker.Domain.Leads;
using Matchmaker.Web.Tests.Infrastructure;

namespace Matchmaker.Web.Tests.Leads;

public sealed class WorkingAnAcceptedLeadTests(LeadsFactory factory) : IClassFixture<LeadsFactory>
{
    [Fact]
    public async Task The_receiver_moves_the_stage_and_reports_the_deal_won_and_the_owner_follows_both()
    {
        var leadId = await AcceptedByLoneStarAsync();
        using var marcus = await factory.CreateSignedInBrowserAsync(Demo.Marcus);
        using var dana = await factory.CreateSignedInBrowserAsync(Demo.Dana);

        using var staged = await marcus.SubmitFormAsync($"/leads/{leadId}", $"/leads/{leadId}/stage", ("Stage", "Proposed"));

        staged.AssertRedirectsTo($"/leads/{leadId}");
        Assert.Contains("Sales stage updated", (await marcus.FollowAsync(staged)).SuccessFlash(), StringComparison.Ordinal);
        Assert.Contains("Stage: Proposed", (await dana.GetPageAsync($"/leads/{leadId}")).Text, StringComparison.Ordinal);

        using var won = await marcus.SubmitFormAsync($"/leads/{leadId}", $"/leads/{leadId}/won", ("WonValue", "$48,000.50"), ("Comment", "Three-year deal."));

        won.AssertRedirectsTo($"/leads/{leadId}");
        var lead = await TestLead.LoadAsync(factory, leadId);
        Assert.Equal((LeadStatus.Won, SalesStage.Proposed, 4_800_050L, "Three-year deal."), (lead.Status, lead.Stage!.Value, lead.WonValueCents!.Value, lead.OutcomeText!));
        var ownerPage = await dana.GetPageAsync($"/leads/{leadId}");
        Assert.Contains("The deal was won.", ownerPage.Text, StringComparison.Ordinal);
        Assert.Contains("$48,000.50", ownerPage.Text, StringComparison.Ordinal);
        Assert.Contains("Three-year deal.", ownerPage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_receiver_reports_the_deal_lost_with_a_coded_reason_the_owner_reads()
    {
        var leadId = await AcceptedByLoneStarAsync();
        using var marcus = await factory.CreateSignedInBrowserAsync(Demo.Marcus);

        using var lost = await marcus.SubmitFormAsync($"/leads/{leadId}", $"/leads/{leadId}/lost", ("Reason", "ChoseAnotherVendor"), ("Comment", "Went with a rival suite."));

        lost.AssertRedirectsTo($"/leads/{leadId}");
        var lead = await TestLead.LoadAsync(factory, leadId);
        Assert.Equal((LeadStatus.Lost, OutcomeReason.ChoseAnotherVendor), (lead.Status, lead.LossReason!.Value));
        using var dana = await factory.CreateSignedInBrowserAsync(Demo.Dana);
        var ownerPage = await dana.GetPageAsync($"/leads/{leadId}");
        Assert.Contains("Chose another vendor", ownerPage.Text, StringComparison.Ordinal);
        Assert.Contains("Went with a rival suite.", ownerPage.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("won", "WonValue", "0", "Enter a dollar amount above $0")]
    [InlineData("won", "WonValue", "a lot", "Enter a dollar amount above $0")]
    [InlineData("lost", "Reason", "Other", "Say a few words when the reason is Other.")]
    [InlineData("lost", "Reason", "NoCapacity", "Choose why the deal was lost.")]
    [InlineData("stage", "Stage", "Closed", "Choose a sales stage.")]
    public async Task A_bad_outcome_or_stage_is_refused_with_a_message_and_the_lead_stays_accepted(string action, string field, string value, string message)
    {
        var leadId = await AcceptedByLoneStarAsync();
        using var marcus = await factory.CreateSignedInBrowserAsync(Demo.Marcus);

        using var response = await marcus.PostWithTokenAsync($"/leads/{leadId}/{action}", (field, value));

        response.AssertRedirectsTo($"/leads/{leadId}");
        Assert.Contains(message, (await marcus.FollowAsync(response)).ErrorFlash(), StringComparison.Ordinal);
        var lead = await TestLead.LoadAsync(factory, leadId);
        Assert.Equal(LeadStatus.Accepted, lead.Status);
        Assert.Null(lead.Stage);
    }

    [Theory]
    [InlineData(Demo.Dana, "stage", "Stage", "Negotiated")]
    [InlineData(Demo.Dana, "won", "WonValue", "1000")]
    [InlineData(Demo.Dana, "lost", "Reason", "ChoseAnotherVendor")]
    [InlineData(Demo.Grace, "stage", "Stage", "Negotiated")]
    public async Task Only_the_accepting_receiver_works_the_lead_the_owner_and_a_superseded_peer_get_404(string email, string action, string field, string value)
    {
        var leadId = await AcceptedByLoneStarAsync();
        using var browser = await factory.CreateSignedInBrowserAsync(email);

        using var response = await browser.PostWithTokenAsync($"/leads/{leadId}/{action}", (field, value));

        response.AssertNotFound();
        var lead = await TestLead.LoadAsync(factory, leadId);
        Assert.Equal(LeadStatus.Accepted, lead.Status);
        Assert.Null(lead.Stage);
        Assert.Equal(LeadAction.OfferAccepted, lead.Events.OrderBy(e => e.Id).Last().Action);
    }

    /// <summary>A lead Dana offered to Lone Star and Peachtree; Lone Star accepted it.</summary>
    private async Task<int> AcceptedByLoneStarAsync()
    {
        var ids = await DemoIds.LoadAsync(factory);
        var leadId = await new TestLead { Peers = [Demo.LoneStar, Demo.Peachtree] }.SaveAsync(factory, ids);
        var offer = await TestLead.ReferralIdAsync(factory, leadId, ids.Org(Demo.LoneStar));
        using var marcus = await factory.CreateSignedInBrowserAsync(Demo.Marcus);
        using var accepted = await marcus.PostWithTokenAsync($"/offers/{offer}/accept");
        accepted.AssertRedirectsTo($"/leads/{leadId}");
        return leadId;
    }
}
