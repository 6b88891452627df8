using System.Net;
using Matchmaker.Data.Seeding;
using Matchmaker.Domain.Leads;
using Matchmaker.Web.Tests.Infrastructure;
using Matchmaker.Web.Tests.Leads;

namespace Matchmaker.Web.Tests.Queue;

public sealed class QueueAccessTests(LeadsFactory factory) : IClassFixture<LeadsFactory>
{
    public static TheoryData<string, string> Routes => new()
    {
        { "GET", "" },
        { "GET", "/{id}" },
        { "POST", "/{id}/claim" },
        { "POST", "/{id}/take-over" },
        { "POST", "/{id}/release" },
        { "POST", "/{id}/reject" },
        { "POST", "/{id}/refer" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Partners_and_program_admins_are_refused_every_queue_route_with_403(string method, string path)
    {
        var (leadId, url) = await VendorLeadUrlAsync(path);
        foreach (var email in new[] { Demo.Dana, Demo.Marcus, DemoAccounts.Admin })
        {
            using var browser = await factory.CreateSignedInBrowserAsync(email);

            using var response = method == "GET"
                ? await browser.GetAsync(url)
                : await browser.PostWithTokenAsync(url, ("Reject.Reason", "Spam"), ("OrganizationIds", "1"));

            response.AssertAccessDenied();
            using var denied = await browser.GetAsync(response.Headers.Location);
            Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        }

        await AssertUntouchedAsync(leadId);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_on_every_queue_route(string method, string path)
    {
        var (leadId, url) = await VendorLeadUrlAsync(path);
        using var browser = factory.CreateBrowser();

        using var response = method == "GET" ? await browser.GetAsync(url) : await browser.PostWithTokenAsync(url, ("Reject.Reason", "Spam"));

        response.AssertRedirectsTo("/account/login");
        await AssertUntouchedAsync(leadId);
    }

    private async Task<(int LeadId, string Url)> VendorLeadUrlAsync(string path)
    {
        var ids = await DemoIds.LoadAsync(factory);
        var leadId = await new TestLead { Route = LeadRoute.Vendor }.SaveAsync(factory, ids);
        return (leadId, "/queue" + path.Replace("{id}", leadId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    private async Task AssertUntouchedAsync(int leadId)
    {
        var lead = await TestLead.LoadAsync(factory, leadId);
        Assert.Equal(LeadStatus.AwaitingReview, lead.Status);
        Assert.Null(lead.ClaimedByUserId);
        Assert.Single(lead.Events);
        Assert.Empty(lead.Referrals);
        Assert.Equal(0, await factory.InDatabaseAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.LeadAccessLog, a => a.LeadId == leadId)));
    }
}
