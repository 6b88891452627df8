using Matchmaker.Domain.Network;
using Matchmaker.Domain.Organizations;

namespace Matchmaker.Web.Features.Network;

public sealed record RelationshipRow(int OrganizationId, string Name, string City, string State, OrganizationStatus Status, bool AcceptingReferrals, DateTime AddedUtc);

public sealed record NetworkViewModel(IReadOnlyList<RelationshipRow> Preferred, IReadOnlyList<RelationshipRow> Excluded);

public sealed record RelationshipInput
{
    public RelationshipKind Kind { get; init; }

    public string? ReturnUrl { get; init; }
}
