using Matchmaker.Domain.Organizations;

namespace Matchmaker.Web.Features.Home;

public sealed record PartnerHomeViewModel(
    string OrganizationName,
    OrganizationStatus Status,
    string? StatusReason,
    bool IsOrganizationAdmin,
    bool HasProductAreas,
    bool HasStatesServed,
    int ActiveMembers,
    int OpenInvitations,
    bool AcceptingReferrals,
    int Capacity,
    int PreferredPeers,
    int OpenLeads,
    int PendingOffers);

public sealed record NetworkSummary(int Authorized, int AcceptingReferrals, int StatesCovered, int Pending, int Suspended);

public sealed record StaffHomeViewModel(string Name, NetworkSummary Network, int StaffCount);
