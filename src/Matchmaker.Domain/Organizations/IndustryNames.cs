namespace Matchmaker.Domain.Organizations;

public static class IndustryNames
{
    public static string Display(Industry industry) => industry switch
    {
        Industry.ProfessionalServices => "Professional services",
        Industry.FinancialServices => "Financial services",
        _ => industry.ToString(),
    };
}
