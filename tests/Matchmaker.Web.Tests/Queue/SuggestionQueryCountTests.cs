using System.Net;
using Matchmaker.Data.Seeding;
using Matchmaker.Domain.Leads;
using Matchmaker.Web.Tests.Infrastructure;
using Matchmaker.Web.Tests.Leads;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Matchmaker.Web.Tests.Queue;

public sealed class SuggestionQueryCountTests(LeadsFactory factory, ITestOutputHelper output) : IClassFixture<LeadsFactory>
{
    [Fact]
    public async Task Suggestions_for_one_lead_send_as_many_sql_commands_with_200_candidate_partners_as_with_5()
    {
        var ids = await DemoIds.LoadAsync(factory);
        await TestOrganization.SaveAllAsync(factory, ids, Candidates(5));
        var leadId = await new TestLead { Route = LeadRoute.Vendor, State = "MS", City = "Jackson", PostalCode = "39201" }.SaveAsync(factory, ids);
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await factory.InDatabaseAsync(async db =>
        {
            var lead = await db.Leads.SingleAsync(l => l.Id == leadId);
            lead.Claim(ids.User(DemoAccounts.AccountManager), now);
            return await db.SaveChangesAsync();
        });
        using var jordan = await factory.CreateSignedInBrowserAsync(DemoAccounts.AccountManager);
        await jordan.GetPageAsync($"/queue/{leadId}");

        var (few, fewSuggested) = await CountAsync(jordan, $"/queue/{leadId}");
        await TestOrganization.SaveAllAsync(factory, ids, Candidates(195));
        var (many, manySuggested) = await CountAsync(jordan, $"/queue/{leadId}");
        var (searched, _) = await CountAsync(jordan, $"/queue/{leadId}?search=candidate");

        output.WriteLine($"/queue/{{id}} with suggestions: {few} SQL commands with 5 candidates, {many} with 200 (with a name search: {searched})");
        Assert.Equal(200, await factory.InDatabaseAsync(db => db.Organizations.CountAsync(o => o.ServedStates.Any(s => s.State == "MS"))));
        Assert.Equal((5, 25), (fewSuggested, manySuggested));
        Assert.Equal(few, many);
    }

    private static IEnumerable<TestOrganization> Candidates(int count) =>
        Enumerable.Range(0, count).Select(i => new TestOrganization
        {
            Name = $"Candidate {Guid.NewGuid():N}"[..26],
            States = ["MS"],
            AreaCodes = i % 2 == 0 ? ["dynamics-crm"] : ["dynamics-crm", "sharepoint"],
            Capacity = 3 + (i % 5),
        });

    private async Task<(int Commands, int Suggested)> CountAsync(HttpClient browser, string url)
    {
        HtmlPage? page = null;
        var commands = await factory.CommandsDuringAsync(async () => page = await browser.GetPageAsync(url));
        Assert.Equal(HttpStatusCode.OK, page!.Status);
        return (commands, page.SuggestedIds().Count);
    }
}
