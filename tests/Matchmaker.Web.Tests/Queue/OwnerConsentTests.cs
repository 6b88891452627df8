using System.Net;
using Matchmaker.Data.Seeding;
using Matchmaker.Domain.Leads;
using Matchmaker.Web.Tests.Infrastructure;
using Matchmaker.Web.Tests.Leads;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Tests.Queue;

public sealed class OwnerConsentTests(LeadsFactory factory) : IClassFixture<LeadsFactory>
{
    [Fact]
    public async Task A_referral_of_a_lead_whose_owner_asked_to_approve_waits_and_goes_out_when_the_owner_approves()
    {
        var ids = await DemoIds.LoadAsync(factory);
        var (leadId, referralId) = await ProposedToEmpireAsync(ids);
        using var noah = await factory.CreateSignedInBrowserAsync(Demo.Noah);
        Assert.Equal(HttpStatusCode.NotFound, (await noah.GetPageAsync($"/offers/{referralId}")).Status);
        Assert.DoesNotContain($"/offers/{referralId}\"", (await noah.GetPageAsync("/offers")).Html, StringComparison.Ordinal);
        Assert.DoesNotContain(factory.Emails.To(Demo.Noah), m => m.Subject.StartsWith("New lead offered", StringComparison.Ordinal));
        using var dana = await factory.CreateSignedInBrowserAsync(Demo.Dana);
        var ownerPage = await dana.GetPageAsync($"/leads/{leadId}");
        Assert.Contains($"An account manager proposes to refer this lead to: {Demo.Empire}", ownerPage.Text, StringComparison.Ordinal);
        factory.Clock.Advance(TimeSpan.FromHours(5));

        using var approved = await ownerPage.Form($"/leads/{leadId}/approve-proposal").PostAsync(dana);

        approved.AssertRedirectsTo($"/leads/{leadId}");
        var lead = await TestLead.LoadAsync(factory, leadId);
        Assert.Equal(LeadStatus.Offered, lead.Status);
        var referral = Assert.Single(lead.Referrals);
        Assert.Equal(ReferralStatus.Pending, referral.Status);
        Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime.AddDays(7), referral.DeadlineUtc, TimeSpan.FromSeconds(1));
        Assert.Equal(LeadAction.ProposalApproved, lead.Events.OrderBy(e => e.Id).Last().Action);
        Assert.Contains(factory.Emails.To(Demo.Noah), m => m.Subject.StartsWith("New lead offered", StringComparison.Ordinal));
        using var noahAgain = await factory.CreateSignedInBrowserAsync(Demo.Noah);
        Assert.Equal(HttpStatusCode.OK, (await noahAgain.GetPageAsync($"/offers/{referralId}")).Status);
    }

    [Fact]
    public async Task A_refused_proposal_sends_the_lead_back_to_the_queue_and_that_partner_is_never_suggested_or_referred_again()
    {
        var ids = await DemoIds.LoadAsync(factory);
        var (leadId, _) = await ProposedToEmpireAsync(ids);
        using var dana = await factory.CreateSignedInBrowserAsync(Demo.Dana);

        using var refused = await dana.SubmitFormAsync($"/leads/{leadId}", $"/leads/{leadId}/refuse-proposal");

        refused.AssertRedirectsTo($"/leads/{leadId}");
        var lead = await TestLead.LoadAsync(factory, leadId);
        Assert.Equal(LeadStatus.AwaitingReview, lead.Status);
        Assert.Equal(ReferralStatus.Refused, Assert.Single(lead.Referrals).Status);
        Assert.Equal(LeadAction.ProposalRefused, lead.Events.OrderBy(e => e.Id).Last().Action);
        using var jordan = await factory.CreateSignedInBrowserAsync(DemoAccounts.AccountManager);
        Assert.DoesNotContain(ids.Org(Demo.Empire), (await jordan.GetPageAsync($"/queue/{leadId}")).SuggestedIds());

        using var again = await jordan.PostWithTokenAsync($"/queue/{leadId}/refer", ("OrganizationIds", LeadForm.Id(ids.Org(Demo.Empire))));

        Assert.Contains("It was already offered or proposed this lead", (await jordan.FollowAsync(again)).ErrorFlash(), StringComparison.Ordinal);
        Assert.Single((await TestLead.LoadAsync(factory, leadId)).Referrals);
    }

    /// <summary>Dana sends a New Jersey CRM lead to the vendor asking to approve first; Jordan refers it to Empire.</summary>
    private async Task<(int LeadId, int ReferralId)> ProposedToEmpireAsync(DemoIds ids)
    {
        using var dana = await factory.CreateSignedInBrowserAsync(Demo.Dana);
        var form = new LeadForm
        {
            City = "Newark", State = "NJ", PostalCode = "07102", Route = "Vendor", RequireOwnerConsent = "true",
            ProductAreaIds = [LeadForm.Id(ids.Area("dynamics-crm"))],
        };
        using var submitted = await form.SubmitAsync(dana);
        var leadId = await factory.InDatabaseAsync(db => db.Leads.Where(l => l.CustomerCompany == form.Company).Select(l => l.Id).SingleAsync());
        using var jordan = await factory.CreateSignedInBrowserAsync(DemoAccounts.AccountManager);
        using var claimed = await jordan.PostWithTokenAsync($"/queue/{leadId}/claim");
        var page = await jordan.GetPageAsync($"/queue/{leadId}");
        Assert.Contains("The owner asked to approve the partner before the lead is referred.", page.Text, StringComparison.Ordinal);
        Assert.Contains(ids.Org(Demo.Empire), page.SuggestedIds());

        using var referred = await page.Form($"/queue/{leadId}/refer").Set("OrganizationIds", LeadForm.Id(ids.Org(Demo.Empire))).PostAsync(jordan);

        referred.AssertRedirectsTo($"/queue/{leadId}");
        var lead = await TestLead.LoadAsync(factory, leadId);
        Assert.Equal(LeadStatus.AwaitingOwnerConsent, lead.Status);
        var referral = Assert.Single(lead.Referrals);
        Assert.Equal((ids.Org(Demo.Empire), ReferralStatus.Proposed), (referral.ReceiverOrganizationId, referral.Status));
        return (leadId, referral.Id);
    }
}
