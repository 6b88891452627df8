using Matchmaker.Domain.Organizations;

namespace Matchmaker.Web.Features.AdminOrganizations;

public sealed record OrganizationListQuery
{
    public OrganizationStatus? Status { get; init; }

    public string? Search { get; init; }

    public int? Page { get; init; }
}
