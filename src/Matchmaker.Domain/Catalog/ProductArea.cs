using Matchmaker.Domain.Common;

namespace Matchmaker.Domain.Catalog;

/// <summary>A product or service line from the vendor's catalog that partners sell and leads ask for.</summary>
public sealed class ProductArea
{
    private ProductArea()
    {
        Name = string.Empty;
        Code = string.Empty;
    }

    public ProductArea(string code, string name, bool isBountyEligible, int sortOrder)
    {
        Code = Guard.Required(code, "Code", 40);
        Name = Guard.Required(name, "Name", 80);
        IsBountyEligible = isBountyEligible;
        SortOrder = sortOrder;
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    /// <summary>Leads in a bounty-eligible area earn the owner the program's bounty when accepted.</summary>
    public bool IsBountyEligible { get; private set; }

    public int SortOrder { get; private set; }

    public void SetBountyEligible(bool eligible) => IsBountyEligible = eligible;
}
