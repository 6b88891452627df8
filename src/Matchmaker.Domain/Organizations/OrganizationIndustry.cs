namespace Matchmaker.Domain.Organizations;

public sealed class OrganizationIndustry
{
    private OrganizationIndustry()
    {
    }

    internal OrganizationIndustry(Industry industry) => Industry = industry;

    public int OrganizationId { get; private set; }

    public Industry Industry { get; private set; }
}
