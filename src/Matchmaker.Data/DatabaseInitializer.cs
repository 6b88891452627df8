using Matchmaker.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Matchmaker.Data;

/// <summary>Migrates the database at start-up and seeds it when it is new.</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, bool seedDemoData, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<MatchmakerDbContext>();
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));

        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets readers carry on while one request writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
        var isNew = !applied.Any();
        await db.Database.MigrateAsync(cancellationToken);
        logger.LogInformation("Database migrated ({State})", isNew ? "new database" : "existing database");

        await provider.GetRequiredService<ReferenceDataSeeder>().SeedAsync(cancellationToken);
        if (isNew && seedDemoData)
        {
            await provider.GetRequiredService<DemoDataSeeder>().SeedAsync(cancellationToken);
            logger.LogInformation("Demo data seeded");
        }
    }
}
