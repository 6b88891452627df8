namespace Matchmaker.Domain.Leads;

/// <summary>Coded reasons for declining an offer or losing a deal, so they can be counted.</summary>
public enum OutcomeReason
{
    InsufficientBudget,
    CustomerUnresponsive,
    ChoseAnotherVendor,
    RequirementsNotMet,
    NotARealCustomer,
    TimelineTooShort,
    NoCapacity,
    OutsideOurExpertise,
    SpamOrAbuse,
    Other,
}
