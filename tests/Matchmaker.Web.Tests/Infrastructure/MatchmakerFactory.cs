using Matchmaker.Data;
using Matchmaker.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Matchmaker.Web.Tests.Infrastructure;

/// <summary>
/// The whole application on its own SQLite file, migrated and seeded at start-up exactly as in
/// production. Only the clock and the outgoing mail are replaced.
/// </summary>
public class MatchmakerFactory : WebApplicationFactory<Program>
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "mm-tests", Guid.NewGuid().ToString("N"));

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public RecordingEmailSender Emails { get; } = new();

    public string DatabasePath => Path.Combine(_dataFolder, "matchmaker.db");

    /// <summary>High by default so that tests signing in many times are not throttled.</summary>
    protected virtual int SignInAttemptsPerMinute => 1000;

    public HttpClient CreateBrowser() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<HttpClient> CreateSignedInBrowserAsync(string email, string password = DemoPassword)
    {
        var browser = CreateBrowser();
        await browser.SignInAsync(email, password);
        return browser;
    }

    public const string DemoPassword = Matchmaker.Data.Seeding.DemoAccounts.Password;

    /// <summary>Runs work against the application's database in a scope of its own.</summary>
    public async Task<T> InDatabaseAsync<T>(Func<MatchmakerDbContext, IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchmakerDbContext>();
        return await work(db, scope.ServiceProvider);
    }

    public Task<T> InDatabaseAsync<T>(Func<MatchmakerDbContext, Task<T>> work) => InDatabaseAsync((db, _) => work(db));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_dataFolder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={DatabasePath};Default Timeout=30");
        builder.UseSetting("App:DataFolder", _dataFolder);
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Security:SignInAttemptsPerMinute", SignInAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Security:LockoutAttempts", "5");
        builder.UseSetting("Security:LockoutMinutes", "15");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.RemoveAll<IEmailSender>();
            services.AddSingleton<IEmailSender>(Emails);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_dataFolder, recursive: true);
            }
            catch (IOException)
            {
                // A log file may still be held open for a moment; the temp folder is cleaned by the OS.
            }
        }
    }
}
