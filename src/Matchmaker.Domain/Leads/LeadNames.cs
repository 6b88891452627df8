namespace Matchmaker.Domain.Leads;

/// <summary>How codes read to people.</summary>
public static class LeadNames
{
    public static string Status(LeadStatus status) => status switch
    {
        LeadStatus.AwaitingReview => "Awaiting review",
        LeadStatus.AwaitingOwnerConsent => "Awaiting owner consent",
        _ => status.ToString(),
    };

    public static string Timeframe(Timeframe timeframe) => timeframe switch
    {
        Leads.Timeframe.Within30Days => "Within 30 days",
        Leads.Timeframe.OneToThreeMonths => "1–3 months",
        Leads.Timeframe.ThreeToSixMonths => "3–6 months",
        Leads.Timeframe.SixToTwelveMonths => "6–12 months",
        _ => "Over 12 months",
    };

    public static string Size(CompanySize size) => size switch
    {
        CompanySize.Small => "Small (1–49 employees)",
        CompanySize.Midsize => "Midsize (50–249)",
        CompanySize.Large => "Large (250–999)",
        _ => "Enterprise (1,000+)",
    };

    public static string Reason(OutcomeReason reason) => reason switch
    {
        OutcomeReason.InsufficientBudget => "Insufficient budget",
        OutcomeReason.CustomerUnresponsive => "Customer unresponsive",
        OutcomeReason.ChoseAnotherVendor => "Chose another vendor",
        OutcomeReason.RequirementsNotMet => "Requirements not met",
        OutcomeReason.NotARealCustomer => "Not a real customer",
        OutcomeReason.TimelineTooShort => "Timeline too short",
        OutcomeReason.NoCapacity => "No capacity right now",
        OutcomeReason.OutsideOurExpertise => "Outside our expertise",
        OutcomeReason.SpamOrAbuse => "Spam or abuse",
        _ => "Other",
    };

    public static string Action(LeadAction action) => action switch
    {
        LeadAction.Submitted => "Submitted",
        LeadAction.Offered => "Offered",
        LeadAction.OfferAccepted => "Offer accepted",
        LeadAction.OfferDeclined => "Offer declined",
        LeadAction.OfferExpired => "Offer expired",
        LeadAction.Returned => "Returned to owner",
        LeadAction.SentToVendor => "Sent to the vendor",
        LeadAction.Withdrawn => "Withdrawn",
        LeadAction.StageChanged => "Sales stage updated",
        LeadAction.Won => "Won",
        LeadAction.Lost => "Lost",
        LeadAction.Claimed => "Claimed by an account manager",
        LeadAction.Released => "Released back to the queue",
        LeadAction.TakenOver => "Taken over by another account manager",
        LeadAction.Rejected => "Rejected by the vendor",
        LeadAction.ReferralProposed => "Partner proposed; waiting for the owner's approval",
        LeadAction.ProposalApproved => "Owner approved the proposed partner",
        _ => "Owner refused the proposed partner",
    };

    public static string Rejection(QueueRejectionReason reason) => reason switch
    {
        QueueRejectionReason.Spam => "Spam",
        QueueRejectionReason.Duplicate => "Duplicate",
        QueueRejectionReason.Unqualified => "Unqualified",
        _ => "Outside the program",
    };

    /// <summary>Reasons a receiver may give when it declines an offer.</summary>
    public static readonly IReadOnlyList<OutcomeReason> DeclineReasons =
    [
        OutcomeReason.NoCapacity, OutcomeReason.OutsideOurExpertise, OutcomeReason.TimelineTooShort,
        OutcomeReason.InsufficientBudget, OutcomeReason.NotARealCustomer, OutcomeReason.SpamOrAbuse, OutcomeReason.Other,
    ];

    /// <summary>Reasons a receiver may give when it reports a deal lost.</summary>
    public static readonly IReadOnlyList<OutcomeReason> LossReasons =
    [
        OutcomeReason.InsufficientBudget, OutcomeReason.CustomerUnresponsive, OutcomeReason.ChoseAnotherVendor,
        OutcomeReason.RequirementsNotMet, OutcomeReason.NotARealCustomer, OutcomeReason.TimelineTooShort, OutcomeReason.Other,
    ];
}
