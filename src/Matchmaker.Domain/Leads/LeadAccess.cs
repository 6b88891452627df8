namespace Matchmaker.Domain.Leads;

/// <summary>A record that someone outside the owner organization looked at a lead.</summary>
public sealed class LeadAccess
{
    private LeadAccess()
    {
        UserId = string.Empty;
        Role = string.Empty;
    }

    public LeadAccess(int leadId, string userId, int? organizationId, string role, AccessLevel level, DateTime atUtc)
    {
        LeadId = leadId;
        UserId = userId;
        OrganizationId = organizationId;
        Role = role;
        Level = level;
        AtUtc = atUtc;
    }

    public long Id { get; private set; }

    public int LeadId { get; private set; }

    public string UserId { get; private set; }

    public int? OrganizationId { get; private set; }

    public string Role { get; private set; }

    public AccessLevel Level { get; private set; }

    public DateTime AtUtc { get; private set; }
}
