namespace Matchmaker.Domain.Bounties;

public enum BountyRejectionReason
{
    NotQualified,
    Duplicate,
    NotDynamics,
    Fraud,
    Other,
}
