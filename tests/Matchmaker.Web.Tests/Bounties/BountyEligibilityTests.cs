using Matchmaker.Data.Seeding;
using Matchmaker.Domain.Bounties;
using Matchmaker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Tests.Bounties;

/// <summary>
/// A bounty is created when a referral is accepted only if the owner claimed it, a product area is
/// bounty-eligible, the owner is authorized and the receiver is another organization.
/// </summary>
public sealed class BountyEligibilityTests(MatchmakerFactory factory) : IClassFixture<MatchmakerFactory>
{
    private readonly BountySteps _steps = new(factory);

    [Fact]
    public async Task A_claimed_Dynamics_lead_accepted_by_a_peer_gets_a_250_dollar_bounty_waiting_for_approval()
    {
        using var dana = await factory.CreateSignedInBrowserAsync(BountySteps.Dana);
        using var marcus = await factory.CreateSignedInBrowserAsync(BountySteps.Marcus);
        var leadId = await _steps.SubmitPeerLeadAsync(dana, BountySteps.NewCompany("Contoso Foods"), BountySteps.LoneStar, claimBounty: true, "dynamics-crm");
        Assert.Empty(await _steps.BountiesOfLeadAsync(leadId));

        await _steps.AcceptAsync(marcus, leadId, BountySteps.LoneStar);

        var bounty = Assert.Single(await _steps.BountiesOfLeadAsync(leadId));
        Assert.Equal(BountyStatus.PendingApproval, bounty.Status);
        Assert.Equal(25_000, bounty.AmountCents);
        Assert.Equal(await _steps.OrganizationIdAsync(BountySteps.Lakeshore), bounty.BeneficiaryOrganizationId);
        Assert.Equal(await _steps.OrganizationIdAsync(BountySteps.LoneStar), bounty.ReceiverOrganizationId);
        Assert.False(bounty.PossibleDuplicate);
        Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime, bounty.CreatedAtUtc);
    }

    [Fact]
    public async Task One_eligible_area_among_others_is_enough()
    {
        using var dana = await factory.CreateSignedInBrowserAsync(BountySteps.Dana);
        using var marcus = await factory.CreateSignedInBrowserAsync(BountySteps.Marcus);
        var leadId = await _steps.SubmitPeerLeadAsync(dana, BountySteps.NewCompany("Mixed Needs"), BountySteps.LoneStar, claimBounty: true, "sharepoint", "dynamics-nav");

        await _steps.AcceptAsync(marcus, leadId, BountySteps.LoneStar);

        Assert.Single(await _steps.BountiesOfLeadAsync(leadId));
    }

    [Fact]
    public async Task No_bounty_is_created_when_no_product_area_is_bounty_eligible()
    {
        using var dana = await factory.CreateSignedInBrowserAsync(BountySteps.Dana);
        using var marcus = await factory.CreateSignedInBrowserAsync(BountySteps.Marcus);
        var leadId = await _steps.SubmitPeerLeadAsync(dana, BountySteps.NewCompany("Intranet Only"), BountySteps.LoneStar, claimBounty: true, "sharepoint", "office");

        await _steps.AcceptAsync(marcus, leadId, BountySteps.LoneStar);

        Assert.Empty(await _steps.BountiesOfLeadAsync(leadId));
    }

    [Fact]
    public async Task No_bounty_is_created_when_the_owner_did_not_claim_it()
    {
        using var dana = await factory.CreateSignedInBrowserAsync(BountySteps.Dana);
        using var marcus = await factory.CreateSignedInBrowserAsync(BountySteps.Marcus);
        var leadId = await _steps.SubmitPeerLeadAsync(dana, BountySteps.NewCompany("Unclaimed Co"), BountySteps.LoneStar, claimBounty: false, "dynamics-crm");

        await _steps.AcceptAsync(marcus, leadId, BountySteps.LoneStar);

        Assert.Empty(await _steps.BountiesOfLeadAsync(leadId));
    }

    [Fact]
    public async Task No_bounty_is_created_when_the_owner_was_suspended_before_the_lead_was_accepted()
    {
        using var grace = await factory.CreateSignedInBrowserAsync(BountySteps.Grace);
        using var dana = await factory.CreateSignedInBrowserAsync(BountySteps.Dana);
        var leadId = await _steps.SubmitPeerLeadAsync(grace, BountySteps.NewCompany("Suspended Owner"), BountySteps.Lakeshore, claimBounty: true, "dynamics-gp");
        var adminId = await _steps.UserIdAsync(DemoAccounts.Admin);
        await factory.InDatabaseAsync(async db =>
        {
            var peachtree = await db.Organizations.SingleAsync(o => o.LegalName == BountySteps.Peachtree);
            peachtree.Suspend("Partner agreement under review.", adminId, factory.Clock.GetUtcNow().UtcDateTime);
            return await db.SaveChangesAsync();
        });

        await _steps.AcceptAsync(dana, leadId, BountySteps.Lakeshore);

        Assert.Empty(await _steps.BountiesOfLeadAsync(leadId));
    }
}
