namespace Matchmaker.Domain.Leads;

/// <summary>The customer's size band, by employees.</summary>
public enum CompanySize
{
    Small,
    Midsize,
    Large,
    Enterprise,
}
