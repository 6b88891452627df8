using Matchmaker.Domain.Leads;
using Matchmaker.Domain.Organizations;
using Matchmaker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Tests.Leads;

/// <summary>
/// A valid lead built through the domain's <see cref="Lead.Submit"/> and saved straight to the
/// database, for tests about what happens after submission. Each test changes only what it is about.
/// </summary>
public sealed record TestLead
{
    public string OwnerEmail { get; init; } = Demo.Dana;

    /// <summary>Overrides the owner taken from <see cref="OwnerEmail"/> (an organization built by the test).</summary>
    public int? OwnerOrganizationId { get; init; }

    public string Company { get; init; } = $"Test Customer {Guid.NewGuid():N}"[..30];

    public string ContactEmail { get; init; } = $"buyer@{Guid.NewGuid():N}.example";

    public string City { get; init; } = "Springfield";

    public string State { get; init; } = "IL";

    public string PostalCode { get; init; } = "62701";

    public string[] AreaCodes { get; init; } = ["dynamics-crm"];

    public int[] AreaIds { get; init; } = [];

    public long ValueCents { get; init; } = 50_000_00;

    public LeadRoute Route { get; init; } = LeadRoute.Peer;

    /// <summary>Peers offered the lead at submission (peer route), by legal name.</summary>
    public string[] Peers { get; init; } = [];

    public int[] PeerIds { get; init; } = [];

    public bool RequireOwnerConsent { get; init; }

    public DateTime? SubmittedAtUtc { get; init; }

    public Lead Build(DemoIds ids, DateTime nowUtc)
    {
        var ownerId = OwnerOrganizationId ?? ids.Org(OwnerName(OwnerEmail));
        var submitted = SubmittedAtUtc ?? nowUtc;
        var submission = new LeadSubmission(
            ownerId, OwnerOrganizationId is null ? ids.User(OwnerEmail) : "test-submitter",
            new Customer(Company, "Pat Rivera", ContactEmail, "(555) 010-0100", City, State, PostalCode, Industry.Manufacturing, CompanySize.Midsize),
            CustomerConsented: true,
            new Opportunity([.. AreaCodes.Select(ids.Area), .. AreaIds], "Needs a CRM for the sales team.", ValueCents, Timeframe.OneToThreeMonths),
            Route, ClaimBounty: false, RequireOwnerConsent);
        var peers = Route == LeadRoute.Peer ? [.. Peers.Select(ids.Org), .. PeerIds] : new List<int>();
        return Lead.Submit(submission, peers, Route == LeadRoute.Peer ? submitted.AddDays(7) : null, null, submitted);
    }

    public async Task<int> SaveAsync(MatchmakerFactory factory, DemoIds ids)
    {
        var lead = Build(ids, factory.Clock.GetUtcNow().UtcDateTime);
        return await factory.InDatabaseAsync(async db =>
        {
            db.Leads.Add(lead);
            await db.SaveChangesAsync();
            return lead.Id;
        });
    }

    /// <summary>Many leads in one SaveChanges: fast enough for thousands.</summary>
    public static Task<int> SaveAllAsync(MatchmakerFactory factory, DemoIds ids, IEnumerable<TestLead> leads)
    {
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var built = leads.Select(l => l.Build(ids, now)).ToList();
        return factory.InDatabaseAsync(async db =>
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Leads.AddRange(built);
            await db.SaveChangesAsync();
            return built.Count;
        });
    }

    public static Task<Lead> LoadAsync(MatchmakerFactory factory, int leadId) =>
        factory.InDatabaseAsync(db => db.Leads.AsNoTracking()
            .Include(l => l.Referrals).Include(l => l.Events).Include(l => l.ProductAreas)
            .SingleAsync(l => l.Id == leadId));

    public static Task<int> ReferralIdAsync(MatchmakerFactory factory, int leadId, int receiverOrganizationId) =>
        factory.InDatabaseAsync(db => db.Referrals.Where(r => r.LeadId == leadId && r.ReceiverOrganizationId == receiverOrganizationId)
            .Select(r => r.Id).SingleAsync());

    private static string OwnerName(string email) => email switch
    {
        Demo.Dana or Demo.Sam => Demo.Lakeshore,
        Demo.Marcus => Demo.LoneStar,
        Demo.Grace => Demo.Peachtree,
        Demo.Noah => Demo.Empire,
        Demo.Priya => Demo.Cascade,
        Demo.Mei => Demo.GoldenGate,
        _ => throw new ArgumentOutOfRangeException(nameof(email), email, "Not a demo partner of an authorized organization."),
    };
}
