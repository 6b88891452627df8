using System.Net;
using Matchmaker.Data.Seeding;
using Matchmaker.Domain.Leads;
using Matchmaker.Web.Tests.Infrastructure;

namespace Matchmaker.Web.Tests.Leads;

public sealed class LeadOwnershipTests(LeadsFactory factory) : IClassFixture<LeadsFactory>
{
    public static TheoryData<string, string, string> LeadPosts => new()
    {
        { "withdraw", "", "" },
        { "send-to-vendor", "", "" },
        { "offer", "PeerIds", "GOLDEN" },
        { "approve-proposal", "", "" },
        { "refuse-proposal", "", "" },
        { "stage", "Stage", "Qualified" },
        { "won", "WonValue", "1000" },
        { "lost", "Reason", "ChoseAnotherVendor" },
    };

    [Fact]
    public async Task Another_organizations_partner_gets_404_on_the_lead_page_and_sees_nothing_of_it()
    {
        var ids = await DemoIds.LoadAsync(factory);
        var lead = new TestLead { Peers = [Demo.LoneStar] };
        var leadId = await lead.SaveAsync(factory, ids);
        using var priya = await factory.CreateSignedInBrowserAsync(Demo.Priya);
        using var marcus = await factory.CreateSignedInBrowserAsync(Demo.Marcus);
        using var sam = await factory.CreateSignedInBrowserAsync(Demo.Sam);

        var outsider = await priya.GetPageAsync($"/leads/{leadId}");
        var receiverBeforeAccepting = await marcus.GetPageAsync($"/leads/{leadId}");
        var colleague = await sam.GetPageAsync($"/leads/{leadId}");

        Assert.Equal(HttpStatusCode.NotFound, outsider.Status);
        Assert.DoesNotContain(lead.Company, outsider.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, receiverBeforeAccepting.Status);
        Assert.DoesNotContain(lead.Company, receiverBeforeAccepting.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, colleague.Status);
        Assert.Contains(lead.Company, colleague.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(LeadPosts))]
    public async Task Another_organizations_partner_gets_404_on_every_action_for_the_lead_and_nothing_changes(string action, string field, string value)
    {
        var ids = await DemoIds.LoadAsync(factory);
        // One lead accepted by Lone Star, so the receiver's actions (stage, won, lost) exist for it too.
        var leadId = await new TestLead { Peers = [Demo.LoneStar] }.SaveAsync(factory, ids);
        await AcceptAsync(ids, leadId, Demo.Marcus, Demo.LoneStar);
        var before = await TestLead.LoadAsync(factory, leadId);
        using var priya = await factory.CreateSignedInBrowserAsync(Demo.Priya);
        var fieldValue = value == "GOLDEN" ? LeadForm.Id(ids.Org(Demo.GoldenGate)) : value;
        var fields = field.Length == 0 ? [] : new[] { (field, fieldValue) };

        using var response = await priya.PostWithTokenAsync($"/leads/{leadId}/{action}", fields);

        response.AssertNotFound();
        var after = await TestLead.LoadAsync(factory, leadId);
        Assert.Equal(before.Status, after.Status);
        Assert.Equal(before.Events.Count, after.Events.Count);
        Assert.Equal(before.Referrals.Count, after.Referrals.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/accept")]
    [InlineData("/decline")]
    public async Task Another_organizations_offer_is_404_and_stays_pending(string action)
    {
        var ids = await DemoIds.LoadAsync(factory);
        var lead = new TestLead { Peers = [Demo.LoneStar] };
        var leadId = await lead.SaveAsync(factory, ids);
        var referralId = await TestLead.ReferralIdAsync(factory, leadId, ids.Org(Demo.LoneStar));
        using var priya = await factory.CreateSignedInBrowserAsync(Demo.Priya);

        using var response = action.Length == 0
            ? await priya.GetAsync($"/offers/{referralId}")
            : await priya.PostWithTokenAsync($"/offers/{referralId}{action}", ("Decline.Reason", "NoCapacity"));

        response.AssertNotFound();
        var after = await TestLead.LoadAsync(factory, leadId);
        Assert.Equal(LeadStatus.Offered, after.Status);
        Assert.Equal(ReferralStatus.Pending, Assert.Single(after.Referrals).Status);
        Assert.Empty(await factory.InDatabaseAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.LeadAccessLog.Where(a => a.LeadId == leadId))));
    }

    [Fact]
    public async Task A_receiver_sees_no_customer_identity_before_accepting_and_all_of_it_after()
    {
        var ids = await DemoIds.LoadAsync(factory);
        var lead = new TestLead { Peers = [Demo.LoneStar], Company = "Quillfeather Analytics", ContactEmail = "cio@quillfeather.example" };
        var leadId = await lead.SaveAsync(factory, ids);
        var referralId = await TestLead.ReferralIdAsync(factory, leadId, ids.Org(Demo.LoneStar));
        using var marcus = await factory.CreateSignedInBrowserAsync(Demo.Marcus);

        var summary = await marcus.GetPageAsync($"/offers/{referralId}");
        var list = await marcus.GetPageAsync("/offers");

        Assert.Equal(HttpStatusCode.OK, summary.Status);
        Assert.Contains("Needs a CRM for the sales team.", summary.Text, StringComparison.Ordinal);
        foreach (var secret in new[] { "Quillfeather", "quillfeather.example", "Pat Rivera", "555) 010-0100" })
        {
            Assert.DoesNotContain(secret, summary.Html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret, list.Html, StringComparison.OrdinalIgnoreCase);
        }

        using var accepted = await summary.Form($"/offers/{referralId}/accept").PostAsync(marcus);
        accepted.AssertRedirectsTo($"/leads/{leadId}");
        var full = await marcus.GetPageAsync($"/leads/{leadId}");

        Assert.Equal(HttpStatusCode.OK, full.Status);
        Assert.Contains("Quillfeather Analytics", full.Text, StringComparison.Ordinal);
        Assert.Contains("cio@quillfeather.example", full.Text, StringComparison.Ordinal);
        Assert.Contains("Pat Rivera", full.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_account_manager_cannot_open_a_peer_route_lead_on_either_the_lead_or_the_queue_page()
    {
        var ids = await DemoIds.LoadAsync(factory);
        var lead = new TestLead { Peers = [Demo.LoneStar] };
        var leadId = await lead.SaveAsync(factory, ids);
        using var jordan = await factory.CreateSignedInBrowserAsync(DemoAccounts.AccountManager);

        using var leadPage = await jordan.GetAsync($"/leads/{leadId}");
        var queuePage = await jordan.GetPageAsync($"/queue/{leadId}");
        using var claim = await jordan.PostWithTokenAsync($"/queue/{leadId}/claim");

        // The partners' lead pages are closed to vendor staff by role (403), whatever the lead;
        // the queue answers 404 for a lead that is not the vendor's.
        leadPage.AssertAccessDenied();
        Assert.Equal(HttpStatusCode.NotFound, queuePage.Status);
        Assert.DoesNotContain(lead.Company, queuePage.Html, StringComparison.Ordinal);
        claim.AssertNotFound();
        var after = await TestLead.LoadAsync(factory, leadId);
        Assert.Null(after.ClaimedByUserId);
        Assert.Empty(await factory.InDatabaseAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.LeadAccessLog.Where(a => a.LeadId == leadId))));
    }

    private async Task AcceptAsync(DemoIds ids, int leadId, string receiverEmail, string receiverName)
    {
        var referralId = await TestLead.ReferralIdAsync(factory, leadId, ids.Org(receiverName));
        using var receiver = await factory.CreateSignedInBrowserAsync(receiverEmail);
        using var response = await receiver.PostWithTokenAsync($"/offers/{referralId}/accept");
        response.AssertRedirectsTo($"/leads/{leadId}");
    }
}
