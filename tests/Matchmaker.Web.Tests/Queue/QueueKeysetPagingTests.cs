using System.Net;
using Matchmaker.Domain.Leads;
using Matchmaker.Data.Seeding;
using Matchmaker.Web.Tests.Infrastructure;
using Matchmaker.Web.Tests.Leads;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Tests.Queue;

public sealed class QueueKeysetPagingTests(LeadsFactory factory) : IClassFixture<LeadsFactory>
{
    private const string State = "ND";
    private const int LeadCount = 60;

    [Theory]
    [InlineData("age")]
    [InlineData("value")]
    [InlineData("state")]
    public async Task Following_next_page_visits_every_queue_lead_exactly_once_in_order_even_with_ties(string sort)
    {
        var ids = await DemoIds.LoadAsync(factory);
        await EnsureLeadsAsync(ids);
        using var jordan = await factory.CreateSignedInBrowserAsync(DemoAccounts.AccountManager);
        var visited = new List<int>();
        var pages = 0;

        for (string? url = $"/queue?state={State}&sort={sort}"; url is not null; pages++)
        {
            var page = await jordan.GetPageAsync(url);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            visited.AddRange(page.QueueLeadIds());
            url = page.NextPageLink();
            Assert.True(pages < 10, "The pager never ends.");
        }

        var expected = await ExpectedOrderAsync(sort);
        Assert.Equal(LeadCount, expected.Count);
        Assert.Equal(3, pages);
        Assert.Equal(expected, visited);
    }

    private async Task<List<int>> ExpectedOrderAsync(string sort)
    {
        var rows = await factory.InDatabaseAsync(db => db.Leads
            .Where(l => l.CustomerState == State && l.Status == LeadStatus.AwaitingReview && l.Route == LeadRoute.Vendor)
            .Select(l => new { l.Id, l.SubmittedAtUtc, l.EstimatedValueCents, l.CustomerState }).ToListAsync());
        return (sort switch
        {
            "value" => rows.OrderByDescending(r => r.EstimatedValueCents).ThenBy(r => r.Id),
            "state" => rows.OrderBy(r => r.CustomerState, StringComparer.Ordinal).ThenBy(r => r.Id),
            _ => rows.OrderBy(r => r.SubmittedAtUtc).ThenBy(r => r.Id),
        }).Select(r => r.Id).ToList();
    }

    /// <summary>Sixty leads, three to each submission instant and many sharing a value, ids running against time.</summary>
    private async Task EnsureLeadsAsync(DemoIds ids)
    {
        if (await factory.InDatabaseAsync(db => db.Leads.AnyAsync(l => l.CustomerState == State)))
        {
            return;
        }

        var start = factory.Clock.GetUtcNow().UtcDateTime.AddDays(-10);
        await TestLead.SaveAllAsync(factory, ids, Enumerable.Range(0, LeadCount).Select(i => new TestLead
        {
            Route = LeadRoute.Vendor,
            State = State,
            City = "Bismarck",
            PostalCode = "58501",
            Company = $"Prairie Customer {i:D2}",
            SubmittedAtUtc = start.AddMinutes((LeadCount - 1 - i) / 3),
            ValueCents = (i % 5) * 1_000_00,
        }));
    }
}
