namespace Matchmaker.Domain.Organizations;

/// <summary>One entry of an organization's history: who moved it from which status to which, and why.</summary>
public sealed class OrganizationStatusChange
{
    private OrganizationStatusChange()
    {
    }

    internal OrganizationStatusChange(
        OrganizationStatus? from, OrganizationStatus to, string? reason, string? changedByUserId, DateTime changedAtUtc)
    {
        From = from;
        To = to;
        Reason = reason;
        ChangedByUserId = changedByUserId;
        ChangedAtUtc = changedAtUtc;
    }

    public int Id { get; private set; }

    public int OrganizationId { get; private set; }

    public OrganizationStatus? From { get; private set; }

    public OrganizationStatus To { get; private set; }

    public string? Reason { get; private set; }

    public string? ChangedByUserId { get; private set; }

    public DateTime ChangedAtUtc { get; private set; }
}
