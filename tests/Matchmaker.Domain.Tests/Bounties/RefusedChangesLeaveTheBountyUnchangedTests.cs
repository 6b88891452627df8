using Matchmaker.Domain.Bounties;
using Matchmaker.Domain.Common;

namespace Matchmaker.Domain.Tests.Bounties;

/// <summary>A refused payment or rejection leaves the bounty exactly as it was.</summary>
public sealed class RefusedChangesLeaveTheBountyUnchangedTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_payment_refused_for_a_missing_reference_leaves_the_bounty_approved_and_unpaid(string reference)
    {
        var bounty = BountyBuilder.Approved();

        Assert.Throws<DomainException>(() => bounty.MarkPaid(BountyBuilder.SecondAdmin, reference, BountyBuilder.PaymentDay, BountyBuilder.PaidAt));

        Assert.Equal(BountyStatus.Approved, bounty.Status);
        Assert.Null(bounty.PaidByUserId);
        Assert.Null(bounty.PaidAtUtc);
    }

    [Fact]
    public void A_rejection_refused_for_a_missing_comment_leaves_the_bounty_pending()
    {
        var bounty = BountyBuilder.Pending();

        Assert.Throws<DomainException>(() => bounty.Reject(BountyBuilder.Approver, BountyRejectionReason.Other, null, BountyBuilder.Decided));

        Assert.Equal(BountyStatus.PendingApproval, bounty.Status);
        Assert.Null(bounty.DecidedByUserId);
        Assert.Null(bounty.RejectionReason);
    }
}
