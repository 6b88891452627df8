namespace Matchmaker.Domain.Organizations;

/// <summary>Industries a partner specialises in and a customer belongs to.</summary>
public enum Industry
{
    Manufacturing,
    Retail,
    Distribution,
    ProfessionalServices,
    FinancialServices,
    Healthcare,
    Education,
    Government,
    Nonprofit,
    Construction,
    Hospitality,
    Technology,
    Energy,
    Agriculture,
    Transportation,
}
