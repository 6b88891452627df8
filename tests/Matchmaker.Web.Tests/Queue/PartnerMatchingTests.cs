using Matchmaker.Data.Seeding;
using Matchmaker.Domain.Leads;
using Matchmaker.Domain.Network;
using Matchmaker.Web.Tests.Infrastructure;
using Matchmaker.Web.Tests.Leads;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Tests.Queue;

/// <summary>
/// Each row builds a lead in a state no other test uses, a fully qualified partner, and one
/// partner that breaks exactly one matching rule.
/// </summary>
public sealed class PartnerMatchingTests(LeadsFactory factory) : IClassFixture<LeadsFactory>
{
    public static TheoryData<string, string, string> BrokenRules => new()
    {
        { "not authorized", "VT", "It is not an authorized partner." },
        { "not accepting referrals", "NH", "It is not accepting referrals now." },
        { "at capacity", "ME", "It is at capacity (1 of 1 open referrals)." },
        { "not serving the customer's state", "RI", "It does not serve RI." },
        { "selling none of the lead's product areas", "MT", "It sells none of the lead's product areas." },
        { "the owner", "ND", "It owns this lead." },
        { "excluded by the owner", "SD", "The owner excluded it." },
        { "declined the lead before", "DE", "It was already offered or proposed this lead (or declined it, or let it expire)." },
    };

    [Theory]
    [MemberData(nameof(BrokenRules))]
    public async Task A_partner_breaking_one_rule_is_not_suggested_while_a_qualified_one_is_and_search_says_why(string rule, string state, string problem)
    {
        var ids = await DemoIds.LoadAsync(factory);
        var owner = await new TestOrganization { Name = $"Owner {state} {Guid.NewGuid():N}"[..30], States = [state] }.SaveAsync(factory, ids);
        var qualified = await new TestOrganization { Name = $"Qualified {state} {Guid.NewGuid():N}"[..30], States = [state] }.SaveAsync(factory, ids);
        var failingName = $"Failing {state} {Guid.NewGuid():N}"[..30];
        var failing = rule switch
        {
            "the owner" => owner,
            "not authorized" => await new TestOrganization { Name = failingName, States = [state], Authorized = false }.SaveAsync(factory, ids),
            "not accepting referrals" => await new TestOrganization { Name = failingName, States = [state], Accepting = false }.SaveAsync(factory, ids),
            "at capacity" => await new TestOrganization { Name = failingName, States = [state], Capacity = 1 }.SaveAsync(factory, ids),
            "not serving the customer's state" => await new TestOrganization { Name = failingName, States = ["KS"] }.SaveAsync(factory, ids),
            "selling none of the lead's product areas" => await new TestOrganization { Name = failingName, States = [state], AreaCodes = ["office"] }.SaveAsync(factory, ids),
            _ => await new TestOrganization { Name = failingName, States = [state] }.SaveAsync(factory, ids),
        };
        if (rule == "at capacity")
        {
            await AcceptedLeadAsync(ids, owner, failing);
        }

        if (rule == "excluded by the owner")
        {
            await factory.InDatabaseAsync(async db =>
            {
                db.Relationships.Add(new OrganizationRelationship(owner, failing, RelationshipKind.Excluded, "test", factory.Clock.GetUtcNow().UtcDateTime));
                return await db.SaveChangesAsync();
            });
        }

        var leadId = await ClaimedLeadAsync(ids, owner, state, rule == "declined the lead before" ? failing : null);
        using var jordan = await factory.CreateSignedInBrowserAsync(DemoAccounts.AccountManager);

        var suggested = (await jordan.GetPageAsync($"/queue/{leadId}")).SuggestedIds();
        var failingLegalName = await factory.InDatabaseAsync(db => db.Organizations.Where(o => o.Id == failing).Select(o => o.LegalName).SingleAsync());
        var search = await jordan.GetPageAsync($"/queue/{leadId}?search={Uri.EscapeDataString(failingLegalName)}");

        Assert.Equal([qualified], suggested);
        var found = Assert.Single(search.TextsOf(".list-group-item"));
        Assert.Contains(problem, found, StringComparison.Ordinal);
        Assert.DoesNotContain("Qualifies.", found, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggestions_rank_the_partner_selling_more_of_the_lead_s_product_areas_first_whatever_its_name()
    {
        var ids = await DemoIds.LoadAsync(factory);
        var owner = await new TestOrganization { States = ["KS"] }.SaveAsync(factory, ids);
        var one = await new TestOrganization { Name = $"Aaron One Area {Guid.NewGuid():N}"[..30], States = ["KY"], AreaCodes = ["dynamics-crm"] }.SaveAsync(factory, ids);
        var two = await new TestOrganization { Name = $"Mona Two Areas {Guid.NewGuid():N}"[..30], States = ["KY"], AreaCodes = ["dynamics-crm", "sharepoint"] }.SaveAsync(factory, ids);
        var three = await new TestOrganization { Name = $"Zed Three Areas {Guid.NewGuid():N}"[..30], States = ["KY"], AreaCodes = ["dynamics-crm", "sharepoint", "sql-server"] }.SaveAsync(factory, ids);
        var leadId = await ClaimedLeadAsync(ids, owner, "KY", null, ["dynamics-crm", "sharepoint", "sql-server"]);
        using var jordan = await factory.CreateSignedInBrowserAsync(DemoAccounts.AccountManager);

        var page = await jordan.GetPageAsync($"/queue/{leadId}");

        Assert.Equal([three, two, one], page.SuggestedIds());
        var rows = page.TextsOf("#suggest-heading + .card-body table tbody tr").ToList();
        Assert.Contains("Sells 3 of the lead's 3 product area(s)", rows[0], StringComparison.Ordinal);
        Assert.Contains("Sells 1 of the lead's 3 product area(s)", rows[2], StringComparison.Ordinal);
    }

    /// <summary>A vendor-route lead of <paramref name="owner"/>, claimed by Jordan; optionally declined earlier by one partner.</summary>
    private async Task<int> ClaimedLeadAsync(DemoIds ids, int owner, string state, int? declinedBy, string[]? areas = null)
    {
        var leadId = await new TestLead { OwnerOrganizationId = owner, Route = LeadRoute.Vendor, State = state, AreaCodes = areas ?? ["dynamics-crm"] }.SaveAsync(factory, ids);
        var jordan = ids.User(DemoAccounts.AccountManager);
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await factory.InDatabaseAsync(async db =>
        {
            var lead = await db.Leads.Include(l => l.Referrals).SingleAsync(l => l.Id == leadId);
            lead.Claim(jordan, now);
            if (declinedBy is { } receiver)
            {
                lead.ReferByVendor([receiver], now.AddDays(7), jordan, now);
                await db.SaveChangesAsync();
                lead.DeclineReferral(lead.Referrals.Single().Id, receiver, OutcomeReason.NoCapacity, null, "test", now);
            }

            return await db.SaveChangesAsync();
        });
        Assert.Equal(LeadStatus.AwaitingReview, (await TestLead.LoadAsync(factory, leadId)).Status);
        return leadId;
    }

    /// <summary>A peer lead the owner offered to <paramref name="receiver"/>, which accepted it: one open referral.</summary>
    private async Task AcceptedLeadAsync(DemoIds ids, int owner, int receiver)
    {
        var leadId = await new TestLead { OwnerOrganizationId = owner, PeerIds = [receiver] }.SaveAsync(factory, ids);
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await factory.InDatabaseAsync(async db =>
        {
            var lead = await db.Leads.Include(l => l.Referrals).SingleAsync(l => l.Id == leadId);
            lead.AcceptReferral(lead.Referrals.Single().Id, receiver, "test", now);
            return await db.SaveChangesAsync();
        });
    }
}
