using Matchmaker.Domain.Organizations;

namespace Matchmaker.Web.Features.Organization;

public sealed record MemberRow(string UserId, string Name, string Email, bool IsOrganizationAdmin, bool IsActive, DateTime JoinedUtc);

public sealed record InvitationRow(int Id, string Email, string InvitedBy, DateTime CreatedUtc, DateTime ExpiresUtc);

public sealed record OrganizationProfileViewModel(
    int Id,
    string LegalName,
    string PartnerNumber,
    string Street,
    string City,
    string State,
    string PostalCode,
    string Phone,
    string? Website,
    OrganizationStatus Status,
    string? StatusReason,
    bool AcceptingReferrals,
    int Capacity,
    IReadOnlyList<string> ProductAreas,
    IReadOnlyList<string> StatesServed,
    IReadOnlyList<Industry> Industries,
    IReadOnlyList<MemberRow> Members,
    IReadOnlyList<InvitationRow> Invitations,
    bool CanManage,
    string CurrentUserId,
    InviteInput Invite);

public sealed record ProductAreaOption(int Id, string Name, bool IsBountyEligible);

public sealed record OrganizationEditViewModel(OrganizationProfileInput Input, IReadOnlyList<ProductAreaOption> ProductAreas, string PartnerNumber);
