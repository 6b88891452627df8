using Matchmaker.Domain.Bounties;
using Matchmaker.Domain.Common;

namespace Matchmaker.Domain.Tests.Bounties;

public sealed class CreatingABountyTests
{
    [Fact]
    public void A_bounty_for_an_accepted_lead_waits_for_approval_for_the_owner_with_the_amount_given()
    {
        var bounty = Bounty.ForAcceptedLead(BountyBuilder.LeadId, BountyBuilder.OwnerId, BountyBuilder.ReceiverId, 25_000, false, BountyBuilder.Created);

        Assert.Equal(BountyStatus.PendingApproval, bounty.Status);
        Assert.Equal(BountyBuilder.LeadId, bounty.LeadId);
        Assert.Equal(BountyBuilder.OwnerId, bounty.BeneficiaryOrganizationId);
        Assert.Equal(BountyBuilder.ReceiverId, bounty.ReceiverOrganizationId);
        Assert.Equal(25_000, bounty.AmountCents);
        Assert.Equal(BountyBuilder.Created, bounty.CreatedAtUtc);
        Assert.False(bounty.PossibleDuplicate);
        Assert.Null(bounty.DecidedByUserId);
    }

    [Fact]
    public void A_lead_an_organization_referred_to_itself_earns_no_bounty()
    {
        var refused = Assert.Throws<DomainException>(() =>
            Bounty.ForAcceptedLead(BountyBuilder.LeadId, BountyBuilder.OwnerId, BountyBuilder.OwnerId, 25_000, false, BountyBuilder.Created));

        Assert.Contains("referred to itself", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(-25_000)]
    public void A_bounty_worth_nothing_or_less_is_refused(long amountCents)
    {
        var refused = Assert.Throws<DomainException>(() =>
            Bounty.ForAcceptedLead(BountyBuilder.LeadId, BountyBuilder.OwnerId, BountyBuilder.ReceiverId, amountCents, false, BountyBuilder.Created));

        Assert.Contains("more than $0", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_cent_is_a_valid_amount()
    {
        var bounty = Bounty.ForAcceptedLead(BountyBuilder.LeadId, BountyBuilder.OwnerId, BountyBuilder.ReceiverId, 1, false, BountyBuilder.Created);

        Assert.Equal(1, bounty.AmountCents);
    }
}
