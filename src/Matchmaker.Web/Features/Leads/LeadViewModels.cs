using Matchmaker.Domain.Leads;
using Matchmaker.Domain.Organizations;
using Matchmaker.Web.Features.Organization;
using Matchmaker.Web.Infrastructure.Web;

namespace Matchmaker.Web.Features.Leads;

public sealed record PeerOption(int Id, string Name, string City, string State, bool AcceptingReferrals);

public sealed record LeadFormViewModel(
    LeadInput Input, IReadOnlyList<ProductAreaOption> ProductAreas, IReadOnlyList<PeerOption> Peers, int ResponseDays);

public sealed record LeadListQuery
{
    public LeadStatus? Status { get; init; }

    public int? ProductAreaId { get; init; }

    public LeadRoute? Route { get; init; }

    public string? Search { get; init; }

    public string? Sort { get; init; }

    public int? Page { get; init; }
}

public sealed record LeadRow(
    int Id, string Company, string City, string State, LeadStatus Status, LeadRoute Route, long ValueCents,
    DateTime SubmittedUtc, int PendingOffers, int Offers, string? AcceptedBy, SalesStage? Stage, bool PossibleDuplicate,
    IReadOnlyList<string> ProductAreas);

public sealed record LeadListViewModel(LeadListQuery Query, PagedList<LeadRow> Results, IReadOnlyList<ProductAreaOption> ProductAreas);

public sealed record ReferralRow(
    int Id, string Receiver, ReferralStatus Status, LeadRoute Route, DateTime OfferedUtc, DateTime DeadlineUtc,
    DateTime? RespondedUtc, OutcomeReason? DeclineReason, string? DeclineText);

public sealed record HistoryRow(
    LeadAction Action, LeadStatus? From, LeadStatus To, string? Who, string? Organization, DateTime AtUtc, OutcomeReason? Reason, string? Detail);

public sealed record AccessRow(string Who, string? Organization, string Role, AccessLevel Level, DateTime AtUtc);

/// <summary>A lead as one viewer may see it; customer fields are null when the viewer may only see the summary.</summary>
public sealed record LeadDetailsViewModel(
    int Id,
    LeadStatus Status,
    LeadRoute Route,
    bool IsOwner,
    bool IsReceiver,
    string OwnerName,
    string SubmittedBy,
    DateTime SubmittedUtc,
    string? Company,
    string? ContactName,
    string? ContactEmail,
    string? ContactPhone,
    string City,
    string State,
    string PostalCode,
    Industry Industry,
    CompanySize Size,
    IReadOnlyList<string> ProductAreas,
    bool BountyEligible,
    bool ClaimBounty,
    bool RequireOwnerConsent,
    string Need,
    long EstimatedValueCents,
    Timeframe Timeframe,
    SalesStage? Stage,
    long? WonValueCents,
    OutcomeReason? LossReason,
    string? OutcomeText,
    string? AcceptedBy,
    DateTime? PossibleDuplicateOfUtc,
    IReadOnlyList<ReferralRow> Referrals,
    IReadOnlyList<HistoryRow> History,
    IReadOnlyList<AccessRow> AccessLog,
    IReadOnlyList<PeerOption> PeersToOffer,
    int ResponseDays,
    QueueRejectionReason? RejectionReason,
    string? RejectionText,
    Domain.Bounties.BountyStatus? BountyStatus,
    long? BountyAmountCents);
