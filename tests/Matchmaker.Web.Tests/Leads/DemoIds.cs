using Microsoft.EntityFrameworkCore;
using Matchmaker.Web.Tests.Infrastructure;

namespace Matchmaker.Web.Tests.Leads;

/// <summary>Database ids of the demo organizations, users and product areas.</summary>
public sealed class DemoIds
{
    private readonly IReadOnlyDictionary<string, int> _organizations;
    private readonly IReadOnlyDictionary<string, string> _users;
    private readonly IReadOnlyDictionary<string, int> _areas;

    private DemoIds(IReadOnlyDictionary<string, int> organizations, IReadOnlyDictionary<string, string> users, IReadOnlyDictionary<string, int> areas)
    {
        _organizations = organizations;
        _users = users;
        _areas = areas;
    }

    public static Task<DemoIds> LoadAsync(MatchmakerFactory factory) =>
        factory.InDatabaseAsync(async db => new DemoIds(
            await db.Organizations.ToDictionaryAsync(o => o.LegalName, o => o.Id),
            await db.Users.ToDictionaryAsync(u => u.Email!, u => u.Id),
            await db.ProductAreas.ToDictionaryAsync(p => p.Code, p => p.Id)));

    public int Org(string legalName) => _organizations[legalName];

    public string User(string email) => _users[email];

    public int Area(string code) => _areas[code];
}
