using Matchmaker.Domain.Common;

namespace Matchmaker.Domain.Bounties;

/// <summary>
/// The program's reward for a qualified Dynamics opportunity: at most one per lead, paid to the lead's
/// owner, with the amount fixed when it is created. Approval and payment are done by two different admins.
/// </summary>
public sealed class Bounty
{
    private Bounty()
    {
    }

    public int Id { get; private set; }

    public int LeadId { get; private set; }

    public int BeneficiaryOrganizationId { get; private set; }

    public int ReceiverOrganizationId { get; private set; }

    public long AmountCents { get; private set; }

    public BountyStatus Status { get; private set; }

    /// <summary>Copied from the lead when the bounty is created: approval then needs an override reason.</summary>
    public bool PossibleDuplicate { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public string? DecidedByUserId { get; private set; }

    public DateTime? DecidedAtUtc { get; private set; }

    public string? DuplicateOverrideReason { get; private set; }

    public BountyRejectionReason? RejectionReason { get; private set; }

    public string? RejectionText { get; private set; }

    public string? PaidByUserId { get; private set; }

    public DateTime? PaidAtUtc { get; private set; }

    public string? PaymentReference { get; private set; }

    public DateOnly? PaymentDate { get; private set; }

    public static Bounty ForAcceptedLead(int leadId, int ownerOrganizationId, int receiverOrganizationId, long amountCents, bool possibleDuplicate, DateTime nowUtc)
    {
        if (ownerOrganizationId == receiverOrganizationId)
        {
            throw new DomainException("No bounty is paid for a lead an organization referred to itself.");
        }

        if (amountCents <= 0)
        {
            throw new DomainException("A bounty must be worth more than $0.");
        }

        return new Bounty
        {
            LeadId = leadId,
            BeneficiaryOrganizationId = ownerOrganizationId,
            ReceiverOrganizationId = receiverOrganizationId,
            AmountCents = amountCents,
            PossibleDuplicate = possibleDuplicate,
            Status = BountyStatus.PendingApproval,
            CreatedAtUtc = nowUtc,
        };
    }

    public void Approve(string adminUserId, string? duplicateOverrideReason, DateTime nowUtc)
    {
        EnsureStatus(BountyStatus.PendingApproval, "approved");
        var overrideReason = Guard.Optional(duplicateOverrideReason, "Override reason", 500);
        if (PossibleDuplicate && overrideReason is null)
        {
            throw new DomainException("This lead may duplicate another customer's lead. Approve it only with a reason for overriding the duplicate flag.");
        }

        Status = BountyStatus.Approved;
        DecidedByUserId = adminUserId;
        DecidedAtUtc = nowUtc;
        DuplicateOverrideReason = overrideReason;
    }

    public void Reject(string adminUserId, BountyRejectionReason reason, string? text, DateTime nowUtc)
    {
        EnsureStatus(BountyStatus.PendingApproval, "rejected");
        var comment = Guard.Optional(text, "Comment", 1000);
        if (reason == BountyRejectionReason.Other && comment is null)
        {
            throw new DomainException("Say why when the reason is Other.");
        }

        Status = BountyStatus.Rejected;
        DecidedByUserId = adminUserId;
        DecidedAtUtc = nowUtc;
        RejectionReason = reason;
        RejectionText = comment;
    }

    /// <summary>Four eyes: the admin who approved the bounty cannot also mark it paid.</summary>
    public void MarkPaid(string adminUserId, string paymentReference, DateOnly paymentDate, DateTime nowUtc)
    {
        EnsureStatus(BountyStatus.Approved, "marked paid");
        if (adminUserId == DecidedByUserId)
        {
            throw new DomainException("Another admin must mark this bounty paid: the one who approved it cannot also pay it.");
        }

        if (paymentDate > DateOnly.FromDateTime(nowUtc).AddDays(1))
        {
            throw new DomainException("The payment date cannot be in the future.");
        }

        var reference = Guard.Required(paymentReference, "Payment reference", 100);
        Status = BountyStatus.Paid;
        PaidByUserId = adminUserId;
        PaidAtUtc = nowUtc;
        PaymentReference = reference;
        PaymentDate = paymentDate;
    }

    private void EnsureStatus(BountyStatus expected, string what)
    {
        if (Status != expected)
        {
            throw new DomainException($"A bounty that is {Status switch { BountyStatus.PendingApproval => "pending approval", _ => Status.ToString().ToLowerInvariant() }} cannot be {what}.");
        }
    }
}
