namespace Matchmaker.Domain.Leads;

/// <summary>What happened to a lead, as recorded in its history.</summary>
public enum LeadAction
{
    Submitted,
    Offered,
    OfferAccepted,
    OfferDeclined,
    OfferExpired,
    Returned,
    SentToVendor,
    Withdrawn,
    StageChanged,
    Won,
    Lost,
    Claimed,
    Released,
    TakenOver,
    Rejected,
    ReferralProposed,
    ProposalApproved,
    ProposalRefused,
}
