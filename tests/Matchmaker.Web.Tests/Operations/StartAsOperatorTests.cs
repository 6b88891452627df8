using System.Net;
using Matchmaker.Data.Seeding;
using Matchmaker.Web.Tests.Infrastructure;

namespace Matchmaker.Web.Tests.Operations;

public sealed class StartAsOperatorTests : IDisposable
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "mm-tests", "process-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_built_app_starts_on_a_fresh_data_folder_creates_its_database_and_lets_the_demo_admin_sign_in()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var cancellationToken = timeout.Token;
        await using var app = AppProcess.Start(_dataFolder, environment: "Testing");
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        using var browser = new HttpClient(handler) { BaseAddress = app.Address, Timeout = TimeSpan.FromSeconds(60) };

        await app.WaitUntilHealthyAsync(browser, TimeSpan.FromSeconds(120), cancellationToken);

        Assert.True(File.Exists(Path.Combine(_dataFolder, "matchmaker.db")), $"No database in {_dataFolder}:\n{app.Output}");
        using var health = await browser.GetAsync("/health", cancellationToken);
        Assert.Contains("\"status\":\"Healthy\"", await health.Content.ReadAsStringAsync(cancellationToken), StringComparison.Ordinal);

        var login = await browser.GetPageAsync("/account/login");
        Assert.Equal(HttpStatusCode.OK, login.Status);
        using var signIn = await login.Form("/account/login")
            .Set("Email", DemoAccounts.Admin).Set("Password", DemoAccounts.Password).PostAsync(browser);
        signIn.AssertRedirectsTo("/");

        var organizations = await browser.GetPageAsync("/admin/organizations");
        Assert.Equal(HttpStatusCode.OK, organizations.Status);
        Assert.Contains("Lakeshore Dynamics Partners", organizations.Text, StringComparison.Ordinal);
        Assert.Contains("Rocky Mountain Tech Advisors", organizations.Text, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // The killed process may hold a log file a moment longer; the temp folder is the OS's to clean.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
