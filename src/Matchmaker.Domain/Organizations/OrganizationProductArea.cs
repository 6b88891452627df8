namespace Matchmaker.Domain.Organizations;

/// <summary>A product area an organization sells and services.</summary>
public sealed class OrganizationProductArea
{
    private OrganizationProductArea()
    {
    }

    internal OrganizationProductArea(int productAreaId) => ProductAreaId = productAreaId;

    public int OrganizationId { get; private set; }

    public int ProductAreaId { get; private set; }
}
