namespace Matchmaker.Domain.Leads;

public enum ReferralStatus
{
    /// <summary>An account manager proposed this partner; the owner has not approved it yet.</summary>
    Proposed,
    Pending,
    Accepted,
    Declined,
    Expired,
    Withdrawn,
    Superseded,

    /// <summary>The owner refused the proposed partner; it is not proposed again.</summary>
    Refused,
}
