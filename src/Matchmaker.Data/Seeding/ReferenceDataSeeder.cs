using Matchmaker.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Data.Seeding;

/// <summary>Data every installation needs (roles, product catalog). Safe to run on every start.</summary>
public sealed class ReferenceDataSeeder(MatchmakerDbContext db, RoleManager<IdentityRole> roles)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        if (!await db.ProgramSettings.AnyAsync(cancellationToken))
        {
            db.ProgramSettings.Add(Domain.Settings.ProgramSettings.Defaults());
            await db.SaveChangesAsync(cancellationToken);
        }

        var known = await db.ProductAreas.Select(p => p.Code).ToListAsync(cancellationToken);
        var missing = ProductCatalog.Create().Where(p => !known.Contains(p.Code)).ToList();
        if (missing.Count > 0)
        {
            db.ProductAreas.AddRange(missing);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
