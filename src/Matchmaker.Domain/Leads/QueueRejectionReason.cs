namespace Matchmaker.Domain.Leads;

/// <summary>Why an account manager rejected a lead from the review queue.</summary>
public enum QueueRejectionReason
{
    Spam,
    Duplicate,
    Unqualified,
    OutsideProgram,
}
