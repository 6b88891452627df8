using Matchmaker.Data.Seeding;
using Matchmaker.Domain.Organizations;
using Matchmaker.Web.Tests.Infrastructure;
using Matchmaker.Web.Tests.Leads;

namespace Matchmaker.Web.Tests.Queue;

/// <summary>A partner organization built through the domain, to match leads against.</summary>
public sealed record TestOrganization
{
    private static int _nextNumber = Random.Shared.Next(100_000_000, 900_000_000);

    public string Name { get; init; } = $"Matched Partner {Guid.NewGuid():N}"[..28];

    public string[] States { get; init; } = ["VT"];

    public string[] AreaCodes { get; init; } = ["dynamics-crm"];

    public bool Authorized { get; init; } = true;

    public bool Accepting { get; init; } = true;

    public int Capacity { get; init; } = 5;

    public PartnerOrganization Build(DemoIds ids, DateTime nowUtc)
    {
        var number = Interlocked.Increment(ref _nextNumber).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var organization = PartnerOrganization.Register(
            new PartnerRegistration(Name, number, "1 Main St", "Burlington", "VT", "05401", "(802) 555-0100", null, "US"), null, nowUtc.AddDays(-60));
        organization.UpdateProfile(AreaCodes.Select(ids.Area), States, [Industry.Manufacturing], Accepting, Capacity);
        if (Authorized)
        {
            organization.Authorize(ids.User(DemoAccounts.Admin), nowUtc.AddDays(-59));
        }

        return organization;
    }

    public async Task<int> SaveAsync(MatchmakerFactory factory, DemoIds ids)
    {
        var organization = Build(ids, factory.Clock.GetUtcNow().UtcDateTime);
        return await factory.InDatabaseAsync(async db =>
        {
            db.Organizations.Add(organization);
            await db.SaveChangesAsync();
            return organization.Id;
        });
    }

    public static Task<int> SaveAllAsync(MatchmakerFactory factory, DemoIds ids, IEnumerable<TestOrganization> organizations)
    {
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var built = organizations.Select(o => o.Build(ids, now)).ToList();
        return factory.InDatabaseAsync(async db =>
        {
            db.Organizations.AddRange(built);
            await db.SaveChangesAsync();
            return built.Count;
        });
    }
}
