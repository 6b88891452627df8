using Matchmaker.Domain.Common;

namespace Matchmaker.Domain.Network;

/// <summary>
/// How one organization regards another: a preferred peer or an exclusion. One row per pair, so an
/// organization can never be on both lists of the same owner.
/// </summary>
public sealed class OrganizationRelationship
{
    private OrganizationRelationship()
    {
        AddedByUserId = string.Empty;
    }

    public OrganizationRelationship(int organizationId, int otherOrganizationId, RelationshipKind kind, string addedByUserId, DateTime nowUtc)
    {
        if (organizationId == otherOrganizationId)
        {
            throw new DomainException("An organization cannot list itself.");
        }

        OrganizationId = organizationId;
        OtherOrganizationId = otherOrganizationId;
        Kind = kind;
        AddedByUserId = addedByUserId;
        AddedAtUtc = nowUtc;
    }

    public int OrganizationId { get; private set; }

    public int OtherOrganizationId { get; private set; }

    public RelationshipKind Kind { get; private set; }

    public string AddedByUserId { get; private set; }

    public DateTime AddedAtUtc { get; private set; }
}
