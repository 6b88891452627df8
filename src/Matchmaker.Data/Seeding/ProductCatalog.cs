using Matchmaker.Domain.Catalog;

namespace Matchmaker.Data.Seeding;

/// <summary>The vendor's product-area catalog. The Dynamics lines are bounty-eligible.</summary>
public static class ProductCatalog
{
    public static IReadOnlyList<ProductArea> Create() =>
    [
        new("dynamics-crm", "Dynamics CRM", isBountyEligible: true, 10),
        new("dynamics-ax", "Dynamics AX", isBountyEligible: true, 20),
        new("dynamics-gp", "Dynamics GP", isBountyEligible: true, 30),
        new("dynamics-nav", "Dynamics NAV", isBountyEligible: true, 40),
        new("dynamics-sl", "Dynamics SL", isBountyEligible: true, 50),
        new("sharepoint", "SharePoint", isBountyEligible: false, 60),
        new("exchange", "Exchange", isBountyEligible: false, 70),
        new("sql-server", "SQL Server", isBountyEligible: false, 80),
        new("windows-server", "Windows Server", isBountyEligible: false, 90),
        new("system-center", "System Center", isBountyEligible: false, 100),
        new("office", "Office", isBountyEligible: false, 110),
        new("custom-development", "Custom development", isBountyEligible: false, 120),
        new("hosting", "Hosting", isBountyEligible: false, 130),
    ];
}
