using Matchmaker.Data.Identity;
using Matchmaker.Data.Seeding;
using Matchmaker.Domain.Leads;
using Matchmaker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Tests.Leads;

public sealed class LeadAccessLogTests(LeadsFactory factory) : IClassFixture<LeadsFactory>
{
    [Fact]
    public async Task Each_look_by_a_receiver_is_logged_as_summary_or_full_and_listed_for_the_owner_while_the_owners_own_looks_are_not()
    {
        var ids = await DemoIds.LoadAsync(factory);
        var leadId = await new TestLead { Peers = [Demo.LoneStar, Demo.Peachtree] }.SaveAsync(factory, ids);
        var marcusOffer = await TestLead.ReferralIdAsync(factory, leadId, ids.Org(Demo.LoneStar));
        var graceOffer = await TestLead.ReferralIdAsync(factory, leadId, ids.Org(Demo.Peachtree));
        using var dana = await factory.CreateSignedInBrowserAsync(Demo.Dana);
        using var sam = await factory.CreateSignedInBrowserAsync(Demo.Sam);
        using var marcus = await factory.CreateSignedInBrowserAsync(Demo.Marcus);
        using var grace = await factory.CreateSignedInBrowserAsync(Demo.Grace);

        await marcus.GetPageAsync($"/offers/{marcusOffer}");
        var summary = await marcus.GetPageAsync($"/offers/{marcusOffer}");
        await grace.GetPageAsync($"/offers/{graceOffer}");
        await dana.GetPageAsync($"/leads/{leadId}");
        await sam.GetPageAsync($"/leads/{leadId}");
        using var accepted = await summary.Form($"/offers/{marcusOffer}/accept").PostAsync(marcus);
        await marcus.GetPageAsync($"/leads/{leadId}");

        var log = await factory.InDatabaseAsync(db => db.LeadAccessLog.Where(a => a.LeadId == leadId).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(
            [
                (ids.User(Demo.Marcus), ids.Org(Demo.LoneStar), AccessLevel.Summary),
                (ids.User(Demo.Marcus), ids.Org(Demo.LoneStar), AccessLevel.Summary),
                (ids.User(Demo.Grace), ids.Org(Demo.Peachtree), AccessLevel.Summary),
                (ids.User(Demo.Marcus), ids.Org(Demo.LoneStar), AccessLevel.Full),
            ],
            log.Select(a => (a.UserId, a.OrganizationId!.Value, a.Level)));
        Assert.All(log, a => Assert.Equal(Roles.Partner, a.Role));

        var ownerPage = await dana.GetPageAsync($"/leads/{leadId}");
        var entries = ownerPage.TextsOf("#access-heading + .card-body li").ToList();
        Assert.Equal(4, entries.Count);
        Assert.Equal(1, entries.Count(e => e.Contains("Marcus Bell, Lone Star ERP Group", StringComparison.Ordinal) && e.Contains("Full details", StringComparison.Ordinal)));
        Assert.Equal(2, entries.Count(e => e.Contains("Marcus Bell, Lone Star ERP Group", StringComparison.Ordinal) && e.Contains("Summary", StringComparison.Ordinal)));
        Assert.Equal(1, entries.Count(e => e.Contains("Grace Holloway, Peachtree Business Systems", StringComparison.Ordinal)));
        Assert.Equal(4, await factory.InDatabaseAsync(db => db.LeadAccessLog.CountAsync(a => a.LeadId == leadId)));
    }

    [Fact]
    public async Task An_account_managers_look_at_a_vendor_lead_is_logged_with_the_role_and_shown_to_the_owner()
    {
        var ids = await DemoIds.LoadAsync(factory);
        var leadId = await new TestLead { Route = LeadRoute.Vendor }.SaveAsync(factory, ids);
        using var jordan = await factory.CreateSignedInBrowserAsync(DemoAccounts.AccountManager);

        await jordan.GetPageAsync($"/queue/{leadId}");

        var entry = await factory.InDatabaseAsync(db => db.LeadAccessLog.SingleAsync(a => a.LeadId == leadId));
        Assert.Equal(ids.User(DemoAccounts.AccountManager), entry.UserId);
        Assert.Null(entry.OrganizationId);
        Assert.Equal(Roles.AccountManager, entry.Role);
        Assert.Equal(AccessLevel.Full, entry.Level);
        using var dana = await factory.CreateSignedInBrowserAsync(Demo.Dana);
        var ownerPage = await dana.GetPageAsync($"/leads/{leadId}");
        Assert.Contains(Demo.JordanName, string.Join(" ", ownerPage.TextsOf("#access-heading + .card-body li")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_change_writes_one_history_entry_with_who_and_the_status_moved_from_and_to()
    {
        var ids = await DemoIds.LoadAsync(factory);
        using var dana = await factory.CreateSignedInBrowserAsync(Demo.Dana);
        var form = new LeadForm
        {
            ProductAreaIds = [LeadForm.Id(ids.Area("dynamics-gp"))],
            PeerIds = [LeadForm.Id(ids.Org(Demo.LoneStar)), LeadForm.Id(ids.Org(Demo.Peachtree)), LeadForm.Id(ids.Org(Demo.Empire))],
        };
        using var submitted = await form.SubmitAsync(dana);
        var leadId = await factory.InDatabaseAsync(db => db.Leads.Where(l => l.CustomerCompany == form.Company).Select(l => l.Id).SingleAsync());
        using var grace = await factory.CreateSignedInBrowserAsync(Demo.Grace);
        using var marcus = await factory.CreateSignedInBrowserAsync(Demo.Marcus);

        var graceOffer = await TestLead.ReferralIdAsync(factory, leadId, ids.Org(Demo.Peachtree));
        using var declined = await grace.SubmitFormAsync($"/offers/{graceOffer}", $"/offers/{graceOffer}/decline",
            ("Decline.Reason", "NoCapacity"), ("Decline.Comment", "Booked solid."));
        var marcusOffer = await TestLead.ReferralIdAsync(factory, leadId, ids.Org(Demo.LoneStar));
        using var accepted = await marcus.SubmitFormAsync($"/offers/{marcusOffer}", $"/offers/{marcusOffer}/accept");
        using var staged = await marcus.SubmitFormAsync($"/leads/{leadId}", $"/leads/{leadId}/stage", ("Stage", "Developed"));
        using var won = await marcus.SubmitFormAsync($"/leads/{leadId}", $"/leads/{leadId}/won", ("WonValue", "30,000"), ("Comment", "Signed."));

        var lead = await TestLead.LoadAsync(factory, leadId);
        var history = lead.Events.OrderBy(e => e.Id).Select(e => (e.Action, e.FromStatus, e.ToStatus, e.UserId, e.OrganizationId)).ToList();
        (LeadAction, LeadStatus?, LeadStatus, string?, int?)[] expected =
        [
            (LeadAction.Submitted, null, LeadStatus.Offered, ids.User(Demo.Dana), ids.Org(Demo.Lakeshore)),
            (LeadAction.Offered, null, LeadStatus.Offered, ids.User(Demo.Dana), ids.Org(Demo.Lakeshore)),
            (LeadAction.OfferDeclined, LeadStatus.Offered, LeadStatus.Offered, ids.User(Demo.Grace), ids.Org(Demo.Peachtree)),
            (LeadAction.OfferAccepted, LeadStatus.Offered, LeadStatus.Accepted, ids.User(Demo.Marcus), ids.Org(Demo.LoneStar)),
            (LeadAction.StageChanged, LeadStatus.Accepted, LeadStatus.Accepted, ids.User(Demo.Marcus), ids.Org(Demo.LoneStar)),
            (LeadAction.Won, LeadStatus.Accepted, LeadStatus.Won, ids.User(Demo.Marcus), ids.Org(Demo.LoneStar)),
        ];
        Assert.Equal(expected, history);
        var ownerPage = await dana.GetPageAsync($"/leads/{leadId}");
        var timeline = ownerPage.TextsOf(".mm-timeline li").ToList();
        Assert.Equal(6, timeline.Count);
        Assert.Contains(timeline, t => t.Contains("Offer declined", StringComparison.Ordinal) && t.Contains("No capacity right now", StringComparison.Ordinal));
        Assert.Contains(timeline, t => t.Contains("Offer accepted", StringComparison.Ordinal) && t.Contains("Offered → Accepted", StringComparison.Ordinal));
        Assert.Contains(timeline, t => t.Contains("Won", StringComparison.Ordinal) && t.Contains("Marcus Bell, Lone Star ERP Group", StringComparison.Ordinal));
    }
}
