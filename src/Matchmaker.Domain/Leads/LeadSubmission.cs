namespace Matchmaker.Domain.Leads;

/// <summary>Everything a partner gives when it submits a lead.</summary>
public sealed record LeadSubmission(
    int OwnerOrganizationId,
    string SubmittedByUserId,
    Customer Customer,
    bool CustomerConsented,
    Opportunity Opportunity,
    LeadRoute Route,
    bool ClaimBounty,
    bool RequireOwnerConsent);
