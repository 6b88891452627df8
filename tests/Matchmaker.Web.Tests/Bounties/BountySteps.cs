using System.Globalization;
using Matchmaker.Data;
using Matchmaker.Data.Seeding;
using Matchmaker.Domain.Bounties;
using Matchmaker.Domain.Leads;
using Matchmaker.Domain.Organizations;
using Matchmaker.Domain.Settings;
using Matchmaker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Tests.Bounties;

/// <summary>
/// What the bounty tests do again and again: share a lead and accept it through the pages, or put an
/// accepted lead and its bounty straight into the database when only the admin side is under test.
/// </summary>
public sealed class BountySteps(MatchmakerFactory factory)
{
    public const string Dana = "dana@lakeshore.example";
    public const string Marcus = "marcus@lonestarerp.example";
    public const string Noah = "noah@empiredata.example";
    public const string Grace = "grace@peachtreebiz.example";
    public const string Lakeshore = "Lakeshore Dynamics Partners";
    public const string LoneStar = "Lone Star ERP Group";
    public const string Empire = "Empire Data Works";
    public const string Peachtree = "Peachtree Business Systems";
    public const string Cascade = "Cascade Cloud Solutions";
    public const string Golden = "Golden Gate Integrators";

    private DateTime Now => factory.Clock.GetUtcNow().UtcDateTime;

    /// <summary>A company name no other lead has, so that it is never flagged as a duplicate.</summary>
    public static string NewCompany(string name) => $"{name} {Guid.NewGuid():N}"[..(name.Length + 9)];

    public Task<int> OrganizationIdAsync(string legalName) =>
        factory.InDatabaseAsync(db => db.Organizations.Where(o => o.LegalName == legalName).Select(o => o.Id).SingleAsync());

    public Task<string> UserIdAsync(string email) =>
        factory.InDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    public Task<int> ProductAreaIdAsync(string code) =>
        factory.InDatabaseAsync(db => db.ProductAreas.Where(p => p.Code == code).Select(p => p.Id).SingleAsync());

    /// <summary>The owner fills in /leads/new and offers the lead to one preferred peer.</summary>
    public async Task<int> SubmitPeerLeadAsync(HttpClient owner, string company, string peer, bool claimBounty, params string[] areaCodes)
    {
        var areaIds = new List<string>();
        foreach (var code in areaCodes)
        {
            areaIds.Add((await ProductAreaIdAsync(code)).ToString(CultureInfo.InvariantCulture));
        }

        var form = (await owner.GetPageAsync("/leads/new")).Form("/leads/new")
            .Set("Input.Company", company)
            .Set("Input.ContactName", "Pat Lee")
            .Set("Input.ContactEmail", "pat.lee@customer.example")
            .Set("Input.City", "Milwaukee")
            .Set("Input.State", "WI")
            .Set("Input.PostalCode", "53202")
            .Set("Input.Industry", nameof(Industry.Manufacturing))
            .Set("Input.Size", nameof(CompanySize.Midsize))
            .Set("Input.CustomerConsented", "true")
            .Set("Input.ProductAreaIds", [.. areaIds])
            .Set("Input.Need", "Replace spreadsheets with a CRM for the sales team.")
            .Set("Input.EstimatedValue", "40,000")
            .Set("Input.Timeframe", nameof(Timeframe.OneToThreeMonths))
            .Set("Input.Route", nameof(LeadRoute.Peer))
            .Set("Input.PeerIds", (await OrganizationIdAsync(peer)).ToString(CultureInfo.InvariantCulture))
            .Set("Input.ClaimBounty", claimBounty ? "true" : "false");
        using var response = await form.PostAsync(owner);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"Submitting {company} answered {(int)response.StatusCode}");
        return int.Parse(response.RedirectPath()!.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    /// <summary>The receiver opens its offer and accepts it.</summary>
    public async Task AcceptAsync(HttpClient receiver, int leadId, string receiverOrganization)
    {
        var receiverId = await OrganizationIdAsync(receiverOrganization);
        var referralId = await factory.InDatabaseAsync(db =>
            db.Referrals.Where(r => r.LeadId == leadId && r.ReceiverOrganizationId == receiverId).Select(r => r.Id).SingleAsync());

        using var response = await receiver.SubmitFormAsync($"/offers/{referralId}", $"/offers/{referralId}/accept");

        response.AssertRedirectsTo($"/leads/{leadId}");
    }

    /// <summary>A peer lead accepted by the receiver, written with the domain methods; no bounty is created.</summary>
    public Task<int> AcceptedLeadInDatabaseAsync(string owner, string receiver, bool claimBounty = true, string? company = null, string areaCode = "dynamics-crm") =>
        factory.InDatabaseAsync(async db =>
        {
            var ownerId = await db.Organizations.Where(o => o.LegalName == owner).Select(o => o.Id).SingleAsync();
            var receiverId = await db.Organizations.Where(o => o.LegalName == receiver).Select(o => o.Id).SingleAsync();
            var submitter = await db.Users.Where(u => u.OrganizationId == ownerId).OrderBy(u => u.Email).Select(u => u.Id).FirstAsync();
            var acceptor = await db.Users.Where(u => u.OrganizationId == receiverId).OrderBy(u => u.Email).Select(u => u.Id).FirstAsync();
            var areaId = await db.ProductAreas.Where(p => p.Code == areaCode).Select(p => p.Id).SingleAsync();
            var lead = Lead.Submit(
                new LeadSubmission(
                    ownerId, submitter,
                    new Customer(company ?? NewCompany("Customer"), "Pat Lee", "pat.lee@customer.example", null, "Madison", "WI", "53703",
                        Industry.Technology, CompanySize.Midsize),
                    CustomerConsented: true,
                    new Opportunity([areaId], "Needs a CRM.", 50_000_00, Timeframe.OneToThreeMonths),
                    LeadRoute.Peer, claimBounty, RequireOwnerConsent: false),
                [receiverId], Now.AddDays(7), null, Now.AddHours(-2));
            db.Leads.Add(lead);
            await db.SaveChangesAsync();
            lead.AcceptReferral(lead.Referrals.Single().Id, receiverId, acceptor, Now.AddHours(-1));
            await db.SaveChangesAsync();
            return lead.Id;
        });

    /// <summary>A bounty waiting for approval on a new accepted lead, as the service would have created it.</summary>
    public async Task<int> PendingBountyAsync(string owner, string receiver, long amountCents = 25_000, bool possibleDuplicate = false, string? company = null)
    {
        var leadId = await AcceptedLeadInDatabaseAsync(owner, receiver, company: company);
        return await factory.InDatabaseAsync(async db =>
        {
            var bounty = Bounty.ForAcceptedLead(
                leadId, await OrganizationIdAsync(owner), await OrganizationIdAsync(receiver), amountCents, possibleDuplicate, Now.AddMinutes(-30));
            db.Bounties.Add(bounty);
            await db.SaveChangesAsync();
            return bounty.Id;
        });
    }

    /// <summary>An approved bounty, with the committed total raised as an approval through the service would.</summary>
    public async Task<int> ApprovedBountyAsync(string owner, string receiver, string approverEmail, long amountCents = 25_000)
    {
        var bountyId = await PendingBountyAsync(owner, receiver, amountCents);
        var approver = await UserIdAsync(approverEmail);
        await factory.InDatabaseAsync(async db =>
        {
            var bounty = await db.Bounties.SingleAsync(b => b.Id == bountyId);
            bounty.Approve(approver, null, Now.AddMinutes(-10));
            await db.SaveChangesAsync();
            return await db.ProgramSettings.ExecuteUpdateAsync(s => s.SetProperty(x => x.BountyCommittedCents, x => x.BountyCommittedCents + amountCents));
        });
        return bountyId;
    }

    public Task<Bounty> BountyAsync(int bountyId) =>
        factory.InDatabaseAsync(db => db.Bounties.AsNoTracking().SingleAsync(b => b.Id == bountyId));

    public Task<List<Bounty>> BountiesOfLeadAsync(int leadId) =>
        factory.InDatabaseAsync(db => db.Bounties.AsNoTracking().Where(b => b.LeadId == leadId).ToListAsync());

    public Task<int> BountyIdOfCustomerAsync(string company) =>
        factory.InDatabaseAsync(db => (
            from b in db.Bounties
            join l in db.Leads on b.LeadId equals l.Id
            where l.CustomerCompany == company
            select b.Id).SingleAsync());

    public Task<ProgramSettings> SettingsAsync() =>
        factory.InDatabaseAsync(db => db.ProgramSettings.AsNoTracking().SingleAsync());

    public async Task<long> CommittedCentsAsync() => (await SettingsAsync()).BountyCommittedCents;

    /// <summary>The approved and paid amounts added up by the database.</summary>
    public Task<long> ApprovedAndPaidSumAsync() =>
        factory.InDatabaseAsync(async db =>
            await db.Bounties.Where(b => b.Status == BountyStatus.Approved || b.Status == BountyStatus.Paid).SumAsync(b => (long?)b.AmountCents) ?? 0);

    /// <summary>Sets the budget so that exactly <paramref name="room"/> cents more can be approved.</summary>
    public Task SetBudgetRoomAsync(long room) =>
        factory.InDatabaseAsync(db => db.ProgramSettings.ExecuteUpdateAsync(s => s.SetProperty(x => x.BountyBudgetCents, x => x.BountyCommittedCents + room)));

    public static Task<HttpClient> AdminAsync(MatchmakerFactory factory) => factory.CreateSignedInBrowserAsync(DemoAccounts.Admin);

    public static Task<HttpClient> FinanceAsync(MatchmakerFactory factory) => factory.CreateSignedInBrowserAsync(DemoAccounts.SecondAdmin);

    /// <summary>The confirmation or refusal shown after a post/redirect/get, read from the page the browser lands on.</summary>
    public static async Task<string> MessageAfterAsync(HttpClient browser, HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        var page = await browser.GetPageAsync(response.Headers.Location!.OriginalString);
        return string.Join(" | ", page.TextsOf(".alert-success, .alert-danger"));
    }
}
