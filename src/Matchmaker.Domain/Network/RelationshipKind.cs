namespace Matchmaker.Domain.Network;

public enum RelationshipKind
{
    /// <summary>A peer the organization shares leads with.</summary>
    Preferred,

    /// <summary>"Never send my leads to": routing must leave this organization out.</summary>
    Excluded,
}
