using Matchmaker.Domain.Bounties;

namespace Matchmaker.Domain.Tests.Bounties;

/// <summary>Bounties in each status, reached through the entity's own methods.</summary>
public static class BountyBuilder
{
    public const int LeadId = 7;
    public const int OwnerId = 1;
    public const int ReceiverId = 2;
    public const long Amount = 25_000;
    public const string Approver = "admin-approver";
    public const string SecondAdmin = "admin-second";

    public static readonly DateTime Created = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime Decided = Created.AddDays(2);
    public static readonly DateTime PaidAt = Created.AddDays(10);

    public static DateOnly PaymentDay => DateOnly.FromDateTime(PaidAt);

    public static Bounty Pending(bool possibleDuplicate = false) =>
        Bounty.ForAcceptedLead(LeadId, OwnerId, ReceiverId, Amount, possibleDuplicate, Created);

    public static Bounty Approved()
    {
        var bounty = Pending();
        bounty.Approve(Approver, null, Decided);
        return bounty;
    }

    public static Bounty Rejected()
    {
        var bounty = Pending();
        bounty.Reject(Approver, BountyRejectionReason.NotQualified, null, Decided);
        return bounty;
    }

    public static Bounty Paid()
    {
        var bounty = Approved();
        bounty.MarkPaid(SecondAdmin, "ACH-1", PaymentDay, PaidAt);
        return bounty;
    }

    public static Bounty In(BountyStatus status) => status switch
    {
        BountyStatus.PendingApproval => Pending(),
        BountyStatus.Approved => Approved(),
        BountyStatus.Rejected => Rejected(),
        BountyStatus.Paid => Paid(),
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
