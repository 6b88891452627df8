namespace Matchmaker.Domain.Leads;

/// <summary>Where the receiving partner is with an accepted lead; the owner follows along.</summary>
public enum SalesStage
{
    Qualified,
    Developed,
    Proposed,
    Negotiated,
}
