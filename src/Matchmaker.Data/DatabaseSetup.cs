using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Data;

/// <summary>
/// Chooses the database from configuration: <c>Database:Provider</c> is <c>Sqlite</c> (the default,
/// a file in the data folder) or <c>SqlServer</c> (connection string <c>ConnectionStrings:SqlServer</c>).
/// Each provider has its own migrations assembly.
/// </summary>
public static class DatabaseSetup
{
    public const string SqliteMigrationsAssembly = "Matchmaker.Data.Sqlite";
    public const string SqlServerMigrationsAssembly = "Matchmaker.Data.SqlServer";

    public static DatabaseProvider ProviderFrom(IConfiguration configuration)
    {
        var value = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException(
                $"Database:Provider '{value}' is not supported. Use 'Sqlite' or 'SqlServer'.");
    }

    public static IServiceCollection AddMatchmakerDatabase(
        this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        var provider = ProviderFrom(configuration);
        var connectionString = provider switch
        {
            DatabaseProvider.SqlServer => configuration.GetConnectionString("SqlServer")
                ?? throw new InvalidOperationException(
                    "Database:Provider is SqlServer but ConnectionStrings:SqlServer is not set."),
            _ => SqliteConnectionString(configuration, dataFolder),
        };

        services.AddDbContext<MatchmakerDbContext>(options => Configure(options, provider, connectionString));
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.SqlServer:
                options.UseSqlServer(connectionString, sql =>
                {
                    sql.MigrationsAssembly(SqlServerMigrationsAssembly);
                    sql.EnableRetryOnFailure();
                });
                break;
            default:
                options.UseSqlite(connectionString, sqlite =>
                {
                    sqlite.MigrationsAssembly(SqliteMigrationsAssembly);
                    sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery);
                });
                break;
        }
    }

    private static string SqliteConnectionString(IConfiguration configuration, string dataFolder)
    {
        var configured = configuration.GetConnectionString("Sqlite");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        Directory.CreateDirectory(dataFolder);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataFolder, "matchmaker.db"),
            // Writers wait for each other (SQLite has one writer at a time) rather than fail at once.
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString();
    }
}
