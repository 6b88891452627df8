using Matchmaker.Domain.Bounties;
using Matchmaker.Domain.Leads;

namespace Matchmaker.Web.Features.Bounties;

public sealed record BountyRow(
    int Id, int LeadId, BountyStatus Status, long AmountCents, string Owner, string Receiver, string CustomerState,
    IReadOnlyList<string> ProductAreas, long LeadValueCents, LeadStatus LeadStatus, SalesStage? Stage, DateTime CreatedUtc,
    DateTime? AcceptedUtc, bool PossibleDuplicate, DateTime? DuplicateOfUtc, string? DuplicateOfOwner, string? DecidedBy,
    DateTime? DecidedUtc, string? DuplicateOverrideReason, BountyRejectionReason? RejectionReason, string? RejectionText,
    string? PaidBy, DateOnly? PaymentDate, string? PaymentReference, bool DecidedByMe);

public sealed record BudgetSummary(long BudgetCents, long CommittedCents, long PendingCents)
{
    public long RemainingCents => BudgetCents - CommittedCents;
}

public sealed record BountyListViewModel(BountyStatus Status, IReadOnlyList<BountyRow> Rows, IReadOnlyDictionary<BountyStatus, int> Counts, BudgetSummary Budget);

public sealed record ApproveInput
{
    public string? OverrideReason { get; init; }
}

public sealed record RejectBountyInput
{
    public string Reason { get; init; } = string.Empty;

    public string? Comment { get; init; }
}

public sealed record PayInput
{
    public string PaymentReference { get; init; } = string.Empty;

    public string PaymentDate { get; init; } = string.Empty;
}

public sealed record PartnerBountyRow(int Id, int LeadId, string Customer, BountyStatus Status, long AmountCents, DateTime CreatedUtc, DateOnly? PaymentDate, BountyRejectionReason? RejectionReason);
