using Matchmaker.Web.Features.Leads;
using Matchmaker.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Matchmaker.Browser.Tests.Infrastructure;

/// <summary>
/// The real portal on a Kestrel socket that a browser can reach, with its own SQLite file in a temp
/// folder (migrated and seeded with the demo data at start), mail recorded instead of sent, and a
/// clock the journey moves: it stands still at the real time of start-up until a test advances it,
/// and the referral expiry job runs only when a test asks (<see cref="ExpireDueReferralsAsync"/>).
/// </summary>
public sealed class PortalServer : WebApplicationFactory<Program>
{
    private readonly string _dataFolder =
        Path.Combine(Path.GetTempPath(), "matchmaker-browser-tests", Guid.NewGuid().ToString("N"));

    public PortalServer()
    {
        Directory.CreateDirectory(_dataFolder);
        this.UseKestrel(0);
    }

    public RecordingEmailSender Emails { get; } = new();

    /// <summary>The portal's clock; <c>Clock.Advance(...)</c> moves every "now" of the app.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>The address Kestrel bound, like http://127.0.0.1:41234 (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        BaseUrl = addresses?.FirstOrDefault()?.TrimEnd('/')
            ?? throw new InvalidOperationException("Kestrel started without reporting the address it listens on.");
    }

    /// <summary>Runs the referral expiry job once at the clock's time, as the background service would; returns how many offers expired.</summary>
    public async Task<int> ExpireDueReferralsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReferralExpiry>().ExpireDueAsync(CancellationToken.None);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={Path.Combine(_dataFolder, "mm.db")};Default Timeout=30");
        builder.UseSetting("App:DataFolder", _dataFolder);
        builder.UseSetting("Security:SignInAttemptsPerMinute", "1000");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Leads:RunExpiryJob", "false");
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
            TryDeleteDataFolder();
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        TryDeleteDataFolder();
    }

    private void TryDeleteDataFolder()
    {
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A log file still held open; the temp folder is cleaned by the system later.
        }
    }
}
