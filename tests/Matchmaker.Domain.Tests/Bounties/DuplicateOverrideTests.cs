using Matchmaker.Domain.Bounties;
using Matchmaker.Domain.Common;

namespace Matchmaker.Domain.Tests.Bounties;

/// <summary>A bounty on a lead flagged as a possible duplicate is approved only with a reason for overriding the flag.</summary>
public sealed class DuplicateOverrideTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Approving_a_flagged_duplicate_without_an_override_reason_is_refused(string? reason)
    {
        var bounty = BountyBuilder.Pending(possibleDuplicate: true);

        var refused = Assert.Throws<DomainException>(() => bounty.Approve(BountyBuilder.Approver, reason, BountyBuilder.Decided));

        Assert.Contains("reason for overriding the duplicate flag", refused.Message, StringComparison.Ordinal);
        Assert.Equal(BountyStatus.PendingApproval, bounty.Status);
        Assert.Null(bounty.DecidedByUserId);
    }

    [Fact]
    public void Approving_a_flagged_duplicate_with_an_override_reason_records_the_reason_and_the_admin()
    {
        var bounty = BountyBuilder.Pending(possibleDuplicate: true);

        bounty.Approve(BountyBuilder.Approver, "  Different division of the customer, confirmed by phone.  ", BountyBuilder.Decided);

        Assert.Equal(BountyStatus.Approved, bounty.Status);
        Assert.Equal("Different division of the customer, confirmed by phone.", bounty.DuplicateOverrideReason);
        Assert.Equal(BountyBuilder.Approver, bounty.DecidedByUserId);
        Assert.Equal(BountyBuilder.Decided, bounty.DecidedAtUtc);
    }

    [Fact]
    public void A_bounty_that_is_not_flagged_is_approved_without_a_reason()
    {
        var bounty = BountyBuilder.Pending();

        bounty.Approve(BountyBuilder.Approver, null, BountyBuilder.Decided);

        Assert.Equal(BountyStatus.Approved, bounty.Status);
        Assert.Null(bounty.DuplicateOverrideReason);
    }

    [Fact]
    public void An_override_reason_over_500_characters_is_refused()
    {
        var bounty = BountyBuilder.Pending(possibleDuplicate: true);

        Assert.Throws<DomainException>(() => bounty.Approve(BountyBuilder.Approver, new string('x', 501), BountyBuilder.Decided));
        Assert.Equal(BountyStatus.PendingApproval, bounty.Status);
    }
}
