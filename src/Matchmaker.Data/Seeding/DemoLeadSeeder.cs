using Matchmaker.Domain.Bounties;
using Matchmaker.Domain.Leads;
using Matchmaker.Domain.Network;
using Matchmaker.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Data.Seeding;

/// <summary>
/// Demo peers, exclusions and leads in the statuses a partner meets, built through the domain
/// methods so that their history reads as if people had done it.
/// </summary>
internal sealed class DemoLeadSeeder(MatchmakerDbContext db, DateTime nowUtc)
{
    private Dictionary<string, int> _organizations = [];
    private Dictionary<string, string> _users = [];
    private Dictionary<string, int> _areas = [];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        _organizations = await db.Organizations.ToDictionaryAsync(o => o.LegalName.Split(' ')[0], o => o.Id, cancellationToken);
        _users = await db.Users.ToDictionaryAsync(u => u.Email!, u => u.Id, cancellationToken);
        _areas = await db.ProductAreas.ToDictionaryAsync(p => p.Code, p => p.Id, cancellationToken);

        Relate("Lakeshore", RelationshipKind.Preferred, "Lone", "Peachtree", "Empire", "Cascade", "Golden");
        Relate("Lone", RelationshipKind.Preferred, "Lakeshore", "Peachtree");
        Relate("Lone", RelationshipKind.Excluded, "Empire");
        Relate("Peachtree", RelationshipKind.Preferred, "Lakeshore", "Lone");
        Relate("Empire", RelationshipKind.Preferred, "Lakeshore", "Cascade");
        Relate("Cascade", RelationshipKind.Preferred, "Golden", "Lakeshore");
        Relate("Golden", RelationshipKind.Preferred, "Cascade");
        await db.SaveChangesAsync(cancellationToken);

        const string dana = "dana@lakeshore.example";
        const string marcus = "marcus@lonestarerp.example";

        // Offered: two peers have an offer waiting.
        await PeerLeadAsync(dana, "Northwind Traders", "Milwaukee", "WI", "53202", "orders@northwindtraders.example", Industry.Distribution, CompanySize.Midsize,
            ["dynamics-crm"], "A distributor of specialty foods wants to replace spreadsheets with a CRM for 40 sales reps.", 85_000_00, Timeframe.OneToThreeMonths,
            daysAgo: 2, ["Lone", "Peachtree"], claimBounty: true, cancellationToken);

        // Accepted and being worked.
        var accepted = await PeerLeadAsync(dana, "Fabrikam Fixtures", "Newark", "NJ", "07102", "it@fabrikam.example", Industry.Manufacturing, CompanySize.Large,
            ["dynamics-crm", "sql-server"], "Manufacturer needs CRM integrated with its SQL Server order system.", 240_000_00, Timeframe.ThreeToSixMonths,
            daysAgo: 20, ["Empire"], claimBounty: true, cancellationToken);
        await ActAsync(accepted, lead =>
        {
            var referral = lead.Referrals.Single();
            lead.AcceptReferral(referral.Id, referral.ReceiverOrganizationId, _users["noah@empiredata.example"], nowUtc.AddDays(-18));
        }, cancellationToken);
        await ActAsync(accepted, lead => lead.UpdateStage(_organizations["Empire"], SalesStage.Proposed, _users["noah@empiredata.example"], nowUtc.AddDays(-6)), cancellationToken);

        // Won.
        var won = await PeerLeadAsync(dana, "Tailspin Toys", "Dallas", "TX", "75201", "cfo@tailspintoys.example", Industry.Retail, CompanySize.Midsize,
            ["dynamics-gp"], "Toy retailer outgrew its accounting package; wants GP with inventory.", 60_000_00, Timeframe.Within30Days,
            daysAgo: 45, ["Lone"], claimBounty: true, cancellationToken);
        await ActAsync(won, lead =>
        {
            var referral = lead.Referrals.Single();
            lead.AcceptReferral(referral.Id, referral.ReceiverOrganizationId, _users[marcus], nowUtc.AddDays(-44));
        }, cancellationToken);
        await ActAsync(won, lead => lead.UpdateStage(_organizations["Lone"], SalesStage.Negotiated, _users[marcus], nowUtc.AddDays(-20)), cancellationToken);
        await ActAsync(won, lead => lead.ReportWon(_organizations["Lone"], 72_500_00, "Signed a three-year agreement.", _users[marcus], nowUtc.AddDays(-9)), cancellationToken);

        // Returned: one peer declined, the other let the offer expire.
        var returned = await PeerLeadAsync(dana, "Adventure Works Cycles", "Portland", "OR", "97204", "ops@adventureworks.example", Industry.Manufacturing, CompanySize.Small,
            ["sharepoint", "office"], "Bike maker wants an intranet and document management.", 18_000_00, Timeframe.OneToThreeMonths,
            daysAgo: 12, ["Cascade", "Golden"], claimBounty: false, cancellationToken);
        await ActAsync(returned, lead =>
        {
            var referral = lead.Referrals.Single(r => r.ReceiverOrganizationId == _organizations["Cascade"]);
            lead.DeclineReferral(referral.Id, referral.ReceiverOrganizationId, OutcomeReason.NoCapacity, "Fully booked until next quarter.",
                _users["priya@cascadecloud.example"], nowUtc.AddDays(-10));
        }, cancellationToken);
        await ActAsync(returned, lead => lead.ExpireReferral(lead.Referrals.Single(r => r.IsPending).Id, nowUtc.AddDays(-5)), cancellationToken);

        // Withdrawn by the owner.
        var withdrawn = await PeerLeadAsync(dana, "Wide World Importers", "Chicago", "IL", "60601", "buyer@wideworldimporters.example", Industry.Distribution, CompanySize.Large,
            ["dynamics-nav"], "Importer evaluating NAV; the customer has since paused the project.", 120_000_00, Timeframe.SixToTwelveMonths,
            daysAgo: 30, ["Peachtree"], claimBounty: true, cancellationToken);
        await ActAsync(withdrawn, lead => lead.Withdraw(_users[dana], nowUtc.AddDays(-28)), cancellationToken);

        // Lost.
        var lost = await PeerLeadAsync(dana, "Litware Labs", "Atlanta", "GA", "30303", "admin@litware.example", Industry.Healthcare, CompanySize.Small,
            ["dynamics-sl"], "Small lab wants project accounting.", 30_000_00, Timeframe.ThreeToSixMonths,
            daysAgo: 60, ["Peachtree"], claimBounty: false, cancellationToken);
        await ActAsync(lost, lead =>
        {
            var referral = lead.Referrals.Single();
            lead.AcceptReferral(referral.Id, referral.ReceiverOrganizationId, _users["grace@peachtreebiz.example"], nowUtc.AddDays(-58));
        }, cancellationToken);
        await ActAsync(lost, lead => lead.ReportLost(_organizations["Peachtree"], OutcomeReason.ChoseAnotherVendor, "Went with a competitor's cloud suite.",
            _users["grace@peachtreebiz.example"], nowUtc.AddDays(-30)), cancellationToken);

        // Sent to the vendor's review queue.
        await VendorLeadAsync(dana, "Contoso Pharmaceuticals", "Houston", "TX", "77002", "procurement@contoso-pharma.example", Industry.Healthcare, CompanySize.Enterprise,
            ["dynamics-ax"], "Pharma company planning an ERP replacement across three plants.", 450_000_00, Timeframe.SixToTwelveMonths, daysAgo: 1, requireConsent: false, cancellationToken);
        await VendorLeadAsync("grace@peachtreebiz.example", "Coho Winery", "Fredericksburg", "TX", "78624", "owner@cohowinery.example", Industry.Hospitality, CompanySize.Small,
            ["dynamics-gp", "office"], "Winery with a tasting room needs accounting and Office 365.", 22_000_00, Timeframe.OneToThreeMonths, daysAgo: 4, requireConsent: true, cancellationToken);

        await VendorLeadAsync("priya@cascadecloud.example", "Fourth Coffee", "Chicago", "IL", "60607", "it@fourthcoffee.example", Industry.Retail, CompanySize.Midsize,
            ["dynamics-crm", "sharepoint"], "Coffee chain with 30 stores wants loyalty CRM and an intranet for store managers.", 70_000_00, Timeframe.OneToThreeMonths,
            daysAgo: 0, requireConsent: false, cancellationToken);

        // The owner asked to approve referrals: an account manager proposed Lakeshore and waits for Empire's consent.
        var consent = await VendorLeadAsync("noah@empiredata.example", "Margie's Travel", "Milwaukee", "WI", "53203", "owner@margiestravel.example", Industry.Hospitality, CompanySize.Small,
            ["dynamics-crm"], "Travel agency wants a CRM for group bookings.", 35_000_00, Timeframe.OneToThreeMonths, daysAgo: 3, requireConsent: true, cancellationToken);
        var riley = _users[DemoAccounts.SecondAccountManager];
        await ActAsync(consent, lead => lead.Claim(riley, nowUtc.AddDays(-2)), cancellationToken);
        await ActAsync(consent, lead => lead.ReferByVendor([_organizations["Lakeshore"]], nowUtc.AddDays(5), riley, nowUtc.AddDays(-2)), cancellationToken);

        // Rejected from the queue.
        var rejected = await VendorLeadAsync("mei@goldengate.example", "Best For You Organics", "Reno", "NV", "89501", "win-a-prize@bestforyou.example", Industry.Retail, CompanySize.Small,
            ["office"], "Asks for free licences in exchange for a review.", 100_00, Timeframe.Within30Days, daysAgo: 6, requireConsent: false, cancellationToken);
        var jordan = _users[DemoAccounts.AccountManager];
        await ActAsync(rejected, lead => lead.Claim(jordan, nowUtc.AddDays(-5)), cancellationToken);
        await ActAsync(rejected, lead => lead.Reject(QueueRejectionReason.Spam, "Not a buying customer: a request for free licences.", jordan, nowUtc.AddDays(-5)), cancellationToken);

        // Lakeshore receives too: one offer waiting for Dana, one lead she is working.
        await PeerLeadAsync(marcus, "Blue Yonder Airlines", "Detroit", "MI", "48226", "it@blueyonder.example", Industry.Transportation, CompanySize.Large,
            ["dynamics-crm"], "Regional airline wants a CRM for its corporate travel desk in Michigan.", 150_000_00, Timeframe.ThreeToSixMonths,
            daysAgo: 1, ["Lakeshore"], claimBounty: true, cancellationToken);
        var working = await PeerLeadAsync(marcus, "Proseware Inc", "Madison", "WI", "53703", "cto@proseware.example", Industry.Technology, CompanySize.Midsize,
            ["dynamics-nav", "sharepoint"], "Software firm wants NAV for billing and SharePoint for contracts.", 95_000_00, Timeframe.OneToThreeMonths,
            daysAgo: 8, ["Lakeshore"], claimBounty: true, cancellationToken);
        await ActAsync(working, lead =>
        {
            var referral = lead.Referrals.Single();
            lead.AcceptReferral(referral.Id, referral.ReceiverOrganizationId, _users[dana], nowUtc.AddDays(-7));
        }, cancellationToken);
        await ActAsync(working, lead => lead.UpdateStage(_organizations["Lakeshore"], SalesStage.Qualified, _users[dana], nowUtc.AddDays(-5)), cancellationToken);

        // Bounties in each state: one waits for approval, one is approved (a second admin pays it), one is paid.
        var admin = _users[DemoAccounts.Admin];
        var finance = _users[DemoAccounts.SecondAdmin];
        var pending = Bounty.ForAcceptedLead(accepted, _organizations["Lakeshore"], _organizations["Empire"], 25_000, false, nowUtc.AddDays(-18));
        var approved = Bounty.ForAcceptedLead(won, _organizations["Lakeshore"], _organizations["Lone"], 25_000, false, nowUtc.AddDays(-44));
        approved.Approve(admin, null, nowUtc.AddDays(-40));
        var paid = Bounty.ForAcceptedLead(working, _organizations["Lone"], _organizations["Lakeshore"], 25_000, false, nowUtc.AddDays(-7));
        paid.Approve(admin, null, nowUtc.AddDays(-6));
        paid.MarkPaid(finance, "ACH-2026-1187", DateOnly.FromDateTime(nowUtc.AddDays(-2)), nowUtc.AddDays(-2));
        db.Bounties.AddRange(pending, approved, paid);
        await db.SaveChangesAsync(cancellationToken);
        await db.ProgramSettings.ExecuteUpdateAsync(s => s.SetProperty(x => x.BountyCommittedCents, 50_000), cancellationToken);
    }

    private void Relate(string owner, RelationshipKind kind, params string[] others)
    {
        foreach (var other in others)
        {
            db.Relationships.Add(new OrganizationRelationship(
                _organizations[owner], _organizations[other], kind, _users.First().Value, nowUtc.AddDays(-90)));
        }
    }

    private async Task<int> PeerLeadAsync(
        string submitter, string company, string city, string state, string zip, string email, Industry industry, CompanySize size,
        string[] areas, string need, long valueCents, Timeframe timeframe, int daysAgo, string[] peers, bool claimBounty,
        CancellationToken cancellationToken)
    {
        var submitted = nowUtc.AddDays(-daysAgo);
        var lead = Lead.Submit(
            Submission(submitter, company, city, state, zip, email, industry, size, areas, need, valueCents, timeframe, LeadRoute.Peer, claimBounty, false),
            peers.Select(p => _organizations[p]).ToList(), submitted.AddDays(7), null, submitted);
        db.Leads.Add(lead);
        await db.SaveChangesAsync(cancellationToken);
        return lead.Id;
    }

    private async Task<int> VendorLeadAsync(
        string submitter, string company, string city, string state, string zip, string email, Industry industry, CompanySize size,
        string[] areas, string need, long valueCents, Timeframe timeframe, int daysAgo, bool requireConsent, CancellationToken cancellationToken)
    {
        var submitted = nowUtc.AddDays(-daysAgo).AddHours(-2);
        var lead = Lead.Submit(
            Submission(submitter, company, city, state, zip, email, industry, size, areas, need, valueCents, timeframe, LeadRoute.Vendor, true, requireConsent),
            [], null, null, submitted);
        db.Leads.Add(lead);
        await db.SaveChangesAsync(cancellationToken);
        return lead.Id;
    }

    private LeadSubmission Submission(
        string submitter, string company, string city, string state, string zip, string email, Industry industry, CompanySize size,
        string[] areas, string need, long valueCents, Timeframe timeframe, LeadRoute route, bool claimBounty, bool requireConsent)
    {
        var ownerId = db.Users.Local.FirstOrDefault(u => u.Email == submitter)?.OrganizationId
            ?? db.Users.Where(u => u.Email == submitter).Select(u => u.OrganizationId).Single()!.Value;
        var contact = email.Split('@')[0];
        return new LeadSubmission(
            ownerId, _users[submitter],
            new Customer(company, $"{char.ToUpperInvariant(contact[0])}{contact[1..]} desk", email, "(555) 010-0199", city, state, zip, industry, size),
            CustomerConsented: true,
            new Opportunity(areas.Select(a => _areas[a]).ToList(), need, valueCents, timeframe),
            route, claimBounty, requireConsent);
    }

    private async Task ActAsync(int leadId, Action<Lead> change, CancellationToken cancellationToken)
    {
        var lead = await db.Leads.Include(l => l.Referrals).SingleAsync(l => l.Id == leadId, cancellationToken);
        change(lead);
        await db.SaveChangesAsync(cancellationToken);
    }
}
