namespace Matchmaker.Domain.Bounties;

public enum BountyStatus
{
    PendingApproval,
    Approved,
    Rejected,
    Paid,
}
