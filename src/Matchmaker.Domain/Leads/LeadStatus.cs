namespace Matchmaker.Domain.Leads;

public enum LeadStatus
{
    AwaitingReview,
    AwaitingOwnerConsent,
    Offered,
    Returned,
    Accepted,
    Won,
    Lost,
    Rejected,
    Withdrawn,
}
