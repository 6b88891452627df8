namespace Matchmaker.Domain.Leads;

public sealed class LeadProductArea
{
    private LeadProductArea()
    {
    }

    internal LeadProductArea(int productAreaId) => ProductAreaId = productAreaId;

    public int LeadId { get; private set; }

    public int ProductAreaId { get; private set; }
}
