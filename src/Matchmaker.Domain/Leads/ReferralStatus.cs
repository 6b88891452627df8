namespace Matchmaker.Domain.Leads;

public enum ReferralStatus
{
    Pending,
    Accepted,
    Declined,
    Expired,
    Withdrawn,
    Superseded,
}
