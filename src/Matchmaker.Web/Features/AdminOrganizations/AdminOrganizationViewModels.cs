using Matchmaker.Domain.Organizations;
using Matchmaker.Web.Infrastructure.Web;

namespace Matchmaker.Web.Features.AdminOrganizations;

public sealed record OrganizationRow(
    int Id, string LegalName, string PartnerNumber, string City, string State, OrganizationStatus Status, DateTime RegisteredUtc, int Users);

public sealed record OrganizationListViewModel(
    OrganizationListQuery Query, PagedList<OrganizationRow> Results, IReadOnlyDictionary<OrganizationStatus, int> Counts);

public sealed record HistoryRow(OrganizationStatus? From, OrganizationStatus To, string? Reason, string? By, DateTime AtUtc);

public sealed record OrganizationUserRow(string Name, string Email, bool IsOrganizationAdmin, bool IsActive);

public sealed record OrganizationDetailsViewModel(
    int Id,
    string LegalName,
    string PartnerNumber,
    string Street,
    string City,
    string State,
    string PostalCode,
    string Phone,
    string? Website,
    string CountryCode,
    OrganizationStatus Status,
    string? StatusReason,
    DateTime RegisteredUtc,
    IReadOnlyList<string> ProductAreas,
    IReadOnlyList<string> StatesServed,
    IReadOnlyList<OrganizationUserRow> Users,
    IReadOnlyList<HistoryRow> History,
    StatusReasonInput ReasonInput);
