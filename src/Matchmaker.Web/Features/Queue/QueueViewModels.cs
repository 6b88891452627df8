using Matchmaker.Domain.Leads;
using Matchmaker.Web.Features.Leads;
using Matchmaker.Web.Features.Organization;

namespace Matchmaker.Web.Features.Queue;

public sealed record QueueQuery
{
    public LeadStatus? Status { get; init; }

    public string? State { get; init; }

    public int? ProductAreaId { get; init; }

    /// <summary>Only leads at least this many days old.</summary>
    public int? MinAgeDays { get; init; }

    /// <summary>all, unclaimed, claimed or mine.</summary>
    public string? Claim { get; init; }

    public bool DuplicatesOnly { get; init; }

    /// <summary>age (oldest first), value (highest first) or state.</summary>
    public string? Sort { get; init; }

    /// <summary>Keyset cursor: the sort key and id of the last row of the previous page.</summary>
    public string? After { get; init; }
}

public sealed record QueueRow(
    int Id, string Company, string City, string State, long ValueCents, DateTime SubmittedUtc, int BusinessDaysWaiting,
    bool OverServiceLevel, string? HeldBy, bool HeldByMe, bool PossibleDuplicate, bool RequireOwnerConsent, string Owner,
    LeadStatus Status, IReadOnlyList<string> ProductAreas);

public sealed record QueueViewModel(
    QueueQuery Query, IReadOnlyList<QueueRow> Rows, int TotalCount, string? NextCursor, IReadOnlyList<ProductAreaOption> ProductAreas,
    int ServiceLevelDays);

public sealed record Candidate(
    int OrganizationId, string Name, string City, string State, bool Qualified, double Score, IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Problems);

public sealed record QueueLeadViewModel(
    LeadDetailsViewModel Lead, string? HeldBy, bool HeldByMe, IReadOnlyList<Candidate> Suggestions, string? Search,
    IReadOnlyList<Candidate> SearchResults, RejectInput Reject);

public sealed record RejectInput
{
    public string Reason { get; init; } = string.Empty;

    public string? Comment { get; init; }
}

public sealed record ReferInput
{
    public int[] OrganizationIds { get; init; } = [];
}
