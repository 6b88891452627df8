using Matchmaker.Domain.Network;
using Matchmaker.Web.Features.Organization;
using Matchmaker.Web.Infrastructure.Web;

namespace Matchmaker.Web.Features.Directory;

public sealed record DirectoryRow(
    int Id, string LegalName, string City, string State, bool AcceptingReferrals, IReadOnlyList<string> ProductAreas, IReadOnlyList<string> StatesServed);

public sealed record DirectoryViewModel(
    DirectoryQuery Query,
    PagedList<DirectoryRow> Results,
    IReadOnlyList<ProductAreaOption> ProductAreas,
    int? ViewerOrganizationId,
    IReadOnlyDictionary<int, RelationshipKind> Relationships);
