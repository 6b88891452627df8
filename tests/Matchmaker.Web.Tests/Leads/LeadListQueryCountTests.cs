using System.Net;
using Matchmaker.Domain.Leads;
using Matchmaker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Matchmaker.Web.Tests.Leads;

/// <summary>Lists are paged in the database: a page sends the same SQL commands whatever the list's size.</summary>
public sealed class LeadListQueryCountTests(LeadsFactory factory, ITestOutputHelper output) : IClassFixture<LeadsFactory>
{
    [Fact]
    public async Task The_owners_lead_list_sends_as_many_sql_commands_with_1000_leads_as_with_10()
    {
        var ids = await DemoIds.LoadAsync(factory);
        var owner = ids.Org(Demo.Lakeshore);
        var existing = await factory.InDatabaseAsync(db => db.Leads.CountAsync(l => l.OwnerOrganizationId == owner));
        await TestLead.SaveAllAsync(factory, ids, Leads(10 - existing));
        using var dana = await factory.CreateSignedInBrowserAsync(Demo.Dana);
        await dana.GetPageAsync("/leads");

        var (small, smallRows) = await CountAsync(dana, "/leads");
        await TestLead.SaveAllAsync(factory, ids, Leads(990));
        var (large, largeRows) = await CountAsync(dana, "/leads");
        var (filtered, _) = await CountAsync(dana, $"/leads?status=Offered&route=Peer&productAreaId={ids.Area("dynamics-crm")}&sort=value&page=7");

        output.WriteLine($"/leads: {small} SQL commands with 10 leads, {large} with 1,000 (filtered, page 7: {filtered})");
        Assert.Equal(10, smallRows);
        Assert.Equal(20, largeRows);
        Assert.Equal(1000, await factory.InDatabaseAsync(db => db.Leads.CountAsync(l => l.OwnerOrganizationId == owner)));
        Assert.Equal(small, large);
        Assert.Equal(small, filtered);
    }

    [Fact]
    public async Task The_receivers_offer_list_sends_as_many_sql_commands_with_1000_offers_as_with_10()
    {
        var ids = await DemoIds.LoadAsync(factory);
        var receiver = ids.Org(Demo.Peachtree);
        var existing = await factory.InDatabaseAsync(db => db.Referrals.CountAsync(r => r.ReceiverOrganizationId == receiver && r.Status == ReferralStatus.Pending));
        await TestLead.SaveAllAsync(factory, ids, OffersToPeachtree(10 - existing));
        using var grace = await factory.CreateSignedInBrowserAsync(Demo.Grace);
        await grace.GetPageAsync("/offers");

        var (small, smallCards) = await CountAsync(grace, "/offers", "#pending-heading ~ .row .card");
        await TestLead.SaveAllAsync(factory, ids, OffersToPeachtree(990));
        var (large, largeCards) = await CountAsync(grace, "/offers", "#pending-heading ~ .row .card");

        output.WriteLine($"/offers: {small} SQL commands with 10 pending offers, {large} with 1,000");
        Assert.Equal(10, smallCards);
        Assert.InRange(largeCards, 1, 200);
        Assert.Equal(small, large);
    }

    private static IEnumerable<TestLead> Leads(int count) =>
        Enumerable.Range(0, Math.Max(0, count)).Select(i => new TestLead
        {
            Company = $"Bulk Customer {i:D4}",
            ValueCents = 1_000_00 + (i * 100),
            Route = i % 3 == 0 ? LeadRoute.Vendor : LeadRoute.Peer,
            Peers = i % 3 == 0 ? [] : [Demo.LoneStar, Demo.Empire],
            AreaCodes = i % 2 == 0 ? ["dynamics-crm"] : ["dynamics-crm", "sharepoint"],
        });

    private static IEnumerable<TestLead> OffersToPeachtree(int count) =>
        Enumerable.Range(0, Math.Max(0, count)).Select(i => new TestLead
        {
            OwnerEmail = Demo.Marcus,
            Company = $"Offered Customer {i:D4}",
            Peers = [Demo.Peachtree],
            AreaCodes = ["dynamics-gp", "office"],
        });

    private async Task<(int Commands, int Rows)> CountAsync(HttpClient browser, string url, string rowSelector = "table tbody tr")
    {
        HtmlPage? page = null;
        var commands = await factory.CommandsDuringAsync(async () => page = await browser.GetPageAsync(url));
        Assert.Equal(HttpStatusCode.OK, page!.Status);
        return (commands, page.Document.QuerySelectorAll(rowSelector).Length);
    }
}
