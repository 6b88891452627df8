using Matchmaker.Domain.Bounties;
using Matchmaker.Domain.Common;

namespace Matchmaker.Domain.Tests.Bounties;

/// <summary>Approval and rejection are decisions on a pending bounty only.</summary>
public sealed class DecidingABountyTests
{
    [Theory]
    [InlineData(BountyStatus.Approved)]
    [InlineData(BountyStatus.Rejected)]
    [InlineData(BountyStatus.Paid)]
    public void A_bounty_that_is_no_longer_pending_cannot_be_approved(BountyStatus status)
    {
        var bounty = BountyBuilder.In(status);
        var decidedBy = bounty.DecidedByUserId;

        var refused = Assert.Throws<DomainException>(() => bounty.Approve(BountyBuilder.SecondAdmin, "reason", BountyBuilder.Decided.AddDays(1)));

        Assert.Contains("cannot be approved", refused.Message, StringComparison.Ordinal);
        Assert.Equal(status, bounty.Status);
        Assert.Equal(decidedBy, bounty.DecidedByUserId);
    }

    [Theory]
    [InlineData(BountyStatus.Approved)]
    [InlineData(BountyStatus.Rejected)]
    [InlineData(BountyStatus.Paid)]
    public void A_bounty_that_is_no_longer_pending_cannot_be_rejected(BountyStatus status)
    {
        var bounty = BountyBuilder.In(status);

        var refused = Assert.Throws<DomainException>(() =>
            bounty.Reject(BountyBuilder.SecondAdmin, BountyRejectionReason.Fraud, "late", BountyBuilder.Decided.AddDays(1)));

        Assert.Contains("cannot be rejected", refused.Message, StringComparison.Ordinal);
        Assert.Equal(status, bounty.Status);
    }

    [Fact]
    public void Rejecting_a_pending_bounty_keeps_the_reason_the_comment_and_the_admin()
    {
        var bounty = BountyBuilder.Pending();

        bounty.Reject(BountyBuilder.Approver, BountyRejectionReason.NotDynamics, " Only SharePoint was sold. ", BountyBuilder.Decided);

        Assert.Equal(BountyStatus.Rejected, bounty.Status);
        Assert.Equal(BountyRejectionReason.NotDynamics, bounty.RejectionReason);
        Assert.Equal("Only SharePoint was sold.", bounty.RejectionText);
        Assert.Equal(BountyBuilder.Approver, bounty.DecidedByUserId);
        Assert.Equal(BountyBuilder.Decided, bounty.DecidedAtUtc);
    }

    [Fact]
    public void Rejecting_for_another_reason_needs_a_comment()
    {
        var bounty = BountyBuilder.Pending();

        var refused = Assert.Throws<DomainException>(() => bounty.Reject(BountyBuilder.Approver, BountyRejectionReason.Other, " ", BountyBuilder.Decided));

        Assert.Contains("Say why", refused.Message, StringComparison.Ordinal);
    }
}
