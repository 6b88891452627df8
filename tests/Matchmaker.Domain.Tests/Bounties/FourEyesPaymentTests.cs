using Matchmaker.Domain.Bounties;
using Matchmaker.Domain.Common;

namespace Matchmaker.Domain.Tests.Bounties;

/// <summary>Only an approved bounty is paid, by an admin other than the approver, on a date that has come.</summary>
public sealed class FourEyesPaymentTests
{
    [Fact]
    public void Another_admin_marks_an_approved_bounty_paid_with_the_reference_and_date()
    {
        var bounty = BountyBuilder.Approved();

        bounty.MarkPaid(BountyBuilder.SecondAdmin, " ACH-2026-0042 ", BountyBuilder.PaymentDay, BountyBuilder.PaidAt);

        Assert.Equal(BountyStatus.Paid, bounty.Status);
        Assert.Equal(BountyBuilder.SecondAdmin, bounty.PaidByUserId);
        Assert.Equal("ACH-2026-0042", bounty.PaymentReference);
        Assert.Equal(BountyBuilder.PaymentDay, bounty.PaymentDate);
        Assert.Equal(BountyBuilder.PaidAt, bounty.PaidAtUtc);
        Assert.Equal(BountyBuilder.Approver, bounty.DecidedByUserId);
    }

    [Fact]
    public void The_admin_who_approved_a_bounty_cannot_mark_it_paid()
    {
        var bounty = BountyBuilder.Approved();

        var refused = Assert.Throws<DomainException>(() => bounty.MarkPaid(BountyBuilder.Approver, "ACH-1", BountyBuilder.PaymentDay, BountyBuilder.PaidAt));

        Assert.Contains("the one who approved it cannot also pay it", refused.Message, StringComparison.Ordinal);
        Assert.Equal(BountyStatus.Approved, bounty.Status);
        Assert.Null(bounty.PaidByUserId);
        Assert.Null(bounty.PaymentReference);
    }

    [Theory]
    [InlineData(BountyStatus.PendingApproval)]
    [InlineData(BountyStatus.Rejected)]
    [InlineData(BountyStatus.Paid)]
    public void Only_an_approved_bounty_can_be_marked_paid(BountyStatus status)
    {
        var bounty = BountyBuilder.In(status);

        var refused = Assert.Throws<DomainException>(() => bounty.MarkPaid("admin-third", "ACH-9", BountyBuilder.PaymentDay, BountyBuilder.PaidAt));

        Assert.Contains("cannot be marked paid", refused.Message, StringComparison.Ordinal);
        Assert.Equal(status, bounty.Status);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(30)]
    public void A_payment_date_in_the_future_is_refused(int daysAhead)
    {
        var bounty = BountyBuilder.Approved();

        var refused = Assert.Throws<DomainException>(() =>
            bounty.MarkPaid(BountyBuilder.SecondAdmin, "ACH-1", BountyBuilder.PaymentDay.AddDays(daysAhead), BountyBuilder.PaidAt));

        Assert.Contains("cannot be in the future", refused.Message, StringComparison.Ordinal);
        Assert.Equal(BountyStatus.Approved, bounty.Status);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void A_payment_date_of_today_or_earlier_is_accepted(int daysAhead)
    {
        var bounty = BountyBuilder.Approved();

        bounty.MarkPaid(BountyBuilder.SecondAdmin, "ACH-1", BountyBuilder.PaymentDay.AddDays(daysAhead), BountyBuilder.PaidAt);

        Assert.Equal(BountyStatus.Paid, bounty.Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_payment_needs_a_reference(string reference)
    {
        var bounty = BountyBuilder.Approved();

        var refused = Assert.Throws<DomainException>(() => bounty.MarkPaid(BountyBuilder.SecondAdmin, reference, BountyBuilder.PaymentDay, BountyBuilder.PaidAt));

        Assert.Contains("Payment reference", refused.Message, StringComparison.Ordinal);
    }
}
