using System.Diagnostics;
using System.Net;
using Matchmaker.Data.Seeding;
using Matchmaker.Domain.Leads;
using Matchmaker.Web.Tests.Infrastructure;
using Matchmaker.Web.Tests.Leads;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Matchmaker.Web.Tests.Queue;

public sealed class QueueQueryCountTests(LeadsFactory factory, ITestOutputHelper output) : IClassFixture<LeadsFactory>
{
    [Fact]
    public async Task The_queue_page_sends_as_many_sql_commands_with_10000_leads_as_with_10()
    {
        var ids = await DemoIds.LoadAsync(factory);
        var waiting = await factory.InDatabaseAsync(db => db.Leads.CountAsync(l => l.Status == LeadStatus.AwaitingReview && l.Route == LeadRoute.Vendor));
        await TestLead.SaveAllAsync(factory, ids, QueueLeads(10 - waiting));
        using var jordan = await factory.CreateSignedInBrowserAsync(DemoAccounts.AccountManager);
        await jordan.GetPageAsync("/queue");

        var (small, smallRows, _) = await CountAsync(jordan, "/queue");
        var stopwatch = Stopwatch.StartNew();
        var template = await new TestLead { Route = LeadRoute.Vendor, State = "NY", City = "Albany", PostalCode = "12207" }.SaveAsync(factory, ids);
        await BulkLeads.CloneAsync(factory, template, 9_989);
        output.WriteLine($"Inserted 9,990 queue leads in {stopwatch.ElapsedMilliseconds} ms");
        var (large, largeRows, next) = await CountAsync(jordan, "/queue");
        var (secondPage, secondRows, _) = await CountAsync(jordan, next!);
        var (filtered, _, _) = await CountAsync(jordan, $"/queue?state=IL&productAreaId={ids.Area("dynamics-crm")}&claim=unclaimed&minAgeDays=1&sort=value");

        output.WriteLine($"/queue: {small} SQL commands with 10 leads, {large} with 10,000 (next page {secondPage}, filtered {filtered})");
        Assert.Equal(10_000, await factory.InDatabaseAsync(db => db.Leads.CountAsync(l => l.Status == LeadStatus.AwaitingReview && l.Route == LeadRoute.Vendor)));
        Assert.Equal((10, 25, 25), (smallRows, largeRows, secondRows));
        Assert.Equal(small, large);
        Assert.Equal(small, secondPage);
        Assert.Equal(small, filtered);
    }

    private static IEnumerable<TestLead> QueueLeads(int count)
    {
        string[] states = ["IL", "WI", "TX", "GA", "NY", "CA"];
        return Enumerable.Range(0, Math.Max(0, count)).Select(i => new TestLead
        {
            Route = LeadRoute.Vendor,
            State = states[i % states.Length],
            Company = $"Queued Customer {i:D5}",
            ValueCents = (i % 97) * 1_000_00,
            SubmittedAtUtc = DateTime.UtcNow.AddMinutes(-i - 60 * 24 * 3),
        });
    }

    private async Task<(int Commands, int Rows, string? Next)> CountAsync(HttpClient browser, string url)
    {
        HtmlPage? page = null;
        var commands = await factory.CommandsDuringAsync(async () => page = await browser.GetPageAsync(url));
        Assert.Equal(HttpStatusCode.OK, page!.Status);
        return (commands, page.QueueLeadIds().Count, page.NextPageLink());
    }
}
