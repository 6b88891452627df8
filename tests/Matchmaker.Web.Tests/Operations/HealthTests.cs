using System.Net;
using Matchmaker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Tests.Operations;

public sealed class HealthTests(MatchmakerFactory factory) : IClassFixture<MatchmakerFactory>
{
    [Fact]
    public async Task Health_answers_200_and_Healthy_without_signing_in()
    {
        using var browser = factory.CreateBrowser();

        using var response = await browser.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"status\":\"Healthy\"", body, StringComparison.Ordinal);
        Assert.Contains("\"database\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_app_migrates_its_own_sqlite_file_at_start_up_and_seeds_the_demo_data()
    {
        using var browser = factory.CreateBrowser();
        using var _ = await browser.GetAsync("/health");

        Assert.True(File.Exists(factory.DatabasePath), $"No database at {factory.DatabasePath}");
        var (pending, organizations, users) = await factory.InDatabaseAsync(async db =>
            ((await db.Database.GetPendingMigrationsAsync()).Count(), await db.Organizations.CountAsync(), await db.Users.CountAsync()));
        Assert.Equal(0, pending);
        Assert.Equal(7, organizations);
        Assert.Equal(4 + 7 + 2, users);
    }
}
