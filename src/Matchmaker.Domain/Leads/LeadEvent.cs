namespace Matchmaker.Domain.Leads;

/// <summary>One line of a lead's history: who did what, when, and which status it moved from and to.</summary>
public sealed class LeadEvent
{
    private LeadEvent()
    {
    }

    internal LeadEvent(
        LeadAction action, LeadStatus? from, LeadStatus to, string? userId, int? organizationId, DateTime atUtc,
        string? detail, OutcomeReason? reason = null, int? referralId = null)
    {
        Action = action;
        FromStatus = from;
        ToStatus = to;
        UserId = userId;
        OrganizationId = organizationId;
        AtUtc = atUtc;
        Detail = detail is { Length: > 1000 } ? detail[..1000] : detail;
        Reason = reason;
        ReferralId = referralId;
    }

    public long Id { get; private set; }

    public int LeadId { get; private set; }

    public LeadAction Action { get; private set; }

    public LeadStatus? FromStatus { get; private set; }

    public LeadStatus ToStatus { get; private set; }

    /// <summary>Null when the system acted (an offer expiring).</summary>
    public string? UserId { get; private set; }

    public int? OrganizationId { get; private set; }

    public int? ReferralId { get; private set; }

    public OutcomeReason? Reason { get; private set; }

    public string? Detail { get; private set; }

    public DateTime AtUtc { get; private set; }
}
