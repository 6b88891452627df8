using System.Net;
using Matchmaker.Data.Seeding;
using Matchmaker.Domain.Organizations;
using Matchmaker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Tests.AdminOrganizations;

public sealed class OrganizationVerificationTests(MatchmakerFactory factory) : IClassFixture<MatchmakerFactory>
{
    private const string ReasonRequired = "Give a reason: the organization will see it.";

    [Fact]
    public async Task Once_an_admin_authorizes_a_pending_organization_its_user_reaches_the_partner_network()
    {
        var partner = new NewPartner();
        using var partnerBrowser = await partner.RegisterAsync(factory);
        using var before = await partnerBrowser.GetAsync("/partners");
        before.AssertAccessDenied();
        using var admin = await factory.CreateSignedInBrowserAsync(DemoAccounts.Admin);
        var id = await IdOfAsync(partner.PartnerNumber);

        using var response = await admin.SubmitFormAsync($"/admin/organizations/{id}", $"/admin/organizations/{id}/authorize");

        response.AssertRedirectsTo($"/admin/organizations/{id}");
        var details = await admin.GetPageAsync($"/admin/organizations/{id}");
        Assert.Contains("is authorized. Its users can now share and receive leads.", details.Text, StringComparison.Ordinal);
        var organization = await OrganizationAsync(id);
        Assert.Equal(OrganizationStatus.Authorized, organization.Status);
        Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime, organization.AuthorizedAtUtc);
        var change = organization.StatusChanges.OrderBy(c => c.Id).Last();
        Assert.Equal((OrganizationStatus?)OrganizationStatus.PendingVerification, change.From);
        Assert.Equal(OrganizationStatus.Authorized, change.To);
        Assert.Equal(await UserIdAsync(DemoAccounts.Admin), change.ChangedByUserId);
        Assert.Contains(factory.Emails.To(partner.Email), m => m.Subject.EndsWith(": authorized", StringComparison.Ordinal));

        using var after = await partnerBrowser.GetAsync("/partners");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Rejecting_without_a_reason_shows_a_message_and_changes_nothing()
    {
        var partner = new NewPartner();
        using var _ = await partner.RegisterAsync(factory);
        var id = await IdOfAsync(partner.PartnerNumber);
        using var admin = await factory.CreateSignedInBrowserAsync(DemoAccounts.Admin);

        using var response = await admin.SubmitFormAsync($"/admin/organizations/{id}", $"/admin/organizations/{id}/reject", ("ReasonInput.Reason", "   "));

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotEqual(string.Empty, page.FieldError("ReasonInput.Reason"));
        Assert.Contains(ReasonRequired, page.Text, StringComparison.Ordinal);
        var organization = await OrganizationAsync(id);
        Assert.Equal(OrganizationStatus.PendingVerification, organization.Status);
        Assert.Single(organization.StatusChanges);
    }

    [Fact]
    public async Task Rejecting_with_a_reason_records_it_and_shows_it_to_the_organization()
    {
        var partner = new NewPartner();
        using var partnerBrowser = await partner.RegisterAsync(factory);
        var id = await IdOfAsync(partner.PartnerNumber);
        using var admin = await factory.CreateSignedInBrowserAsync(DemoAccounts.Admin);

        using var response = await admin.SubmitFormAsync($"/admin/organizations/{id}", $"/admin/organizations/{id}/reject",
            ("ReasonInput.Reason", "  Partner ID not found in the partner network  "));

        response.AssertRedirectsTo($"/admin/organizations/{id}");
        var organization = await OrganizationAsync(id);
        Assert.Equal(OrganizationStatus.Rejected, organization.Status);
        Assert.Equal("Partner ID not found in the partner network", organization.StatusReason);
        Assert.Equal("Partner ID not found in the partner network", organization.StatusChanges.OrderBy(c => c.Id).Last().Reason);
        var home = await partnerBrowser.GetPageAsync("/");
        Assert.Contains("Your registration was not accepted", home.Text, StringComparison.Ordinal);
        Assert.Contains("Partner ID not found in the partner network", home.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suspending_without_a_reason_shows_a_message_and_changes_nothing()
    {
        var id = await IdOfAsync("5300841");
        using var admin = await factory.CreateSignedInBrowserAsync(DemoAccounts.Admin);

        using var response = await admin.SubmitFormAsync($"/admin/organizations/{id}", $"/admin/organizations/{id}/suspend", ("ReasonInput.Reason", string.Empty));

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(ReasonRequired, page.Text, StringComparison.Ordinal);
        Assert.Equal(OrganizationStatus.Authorized, (await OrganizationAsync(id)).Status);
    }

    [Fact]
    public async Task A_suspended_organization_loses_the_partner_network_at_once_and_regains_it_when_reinstated()
    {
        var partner = new NewPartner();
        using var partnerBrowser = await partner.RegisterAsync(factory);
        var id = await IdOfAsync(partner.PartnerNumber);
        using var admin = await factory.CreateSignedInBrowserAsync(DemoAccounts.Admin);
        (await admin.SubmitFormAsync($"/admin/organizations/{id}", $"/admin/organizations/{id}/authorize")).Dispose();
        using var reachable = await partnerBrowser.GetAsync("/partners");
        Assert.Equal(HttpStatusCode.OK, reachable.StatusCode);

        using var suspend = await admin.SubmitFormAsync($"/admin/organizations/{id}", $"/admin/organizations/{id}/suspend",
            ("ReasonInput.Reason", "Customer complaint under review"));

        suspend.AssertRedirectsTo($"/admin/organizations/{id}");
        using var whileSuspended = await partnerBrowser.GetAsync("/partners");
        whileSuspended.AssertAccessDenied();
        var home = await partnerBrowser.GetPageAsync("/");
        Assert.Contains("Your organization is suspended", home.Text, StringComparison.Ordinal);
        Assert.Contains("Customer complaint under review", home.Text, StringComparison.Ordinal);

        using var reinstate = await admin.SubmitFormAsync($"/admin/organizations/{id}", $"/admin/organizations/{id}/reinstate");

        reinstate.AssertRedirectsTo($"/admin/organizations/{id}");
        using var again = await partnerBrowser.GetAsync("/partners");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var history = (await OrganizationAsync(id)).StatusChanges.OrderBy(c => c.Id).Select(c => c.To).ToList();
        Assert.Equal(
            [OrganizationStatus.PendingVerification, OrganizationStatus.Authorized, OrganizationStatus.Suspended, OrganizationStatus.Authorized],
            history);
    }

    [Theory]
    [InlineData("4100217", "reinstate", "An organization that is authorized cannot become authorized.")]
    [InlineData("4100217", "authorize", "An organization that is authorized cannot become authorized.")]
    [InlineData("4100217", "reject", "An organization that is authorized cannot become rejected.")]
    [InlineData("0800264", "suspend", "An organization that is pending verification cannot become suspended.")]
    [InlineData("0800264", "reinstate", "An organization that is pending verification cannot become authorized.")]
    public async Task A_forged_illegal_status_change_gets_a_clear_409_page_and_changes_nothing(string partnerNumber, string action, string message)
    {
        var id = await IdOfAsync(partnerNumber);
        var before = await OrganizationAsync(id);
        using var admin = await factory.CreateSignedInBrowserAsync(DemoAccounts.Admin);

        using var response = await admin.PostWithTokenAsync($"/admin/organizations/{id}/{action}", ("ReasonInput.Reason", "Forged request"));

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.Conflict, page.Status);
        Assert.Contains("That change could not be made", page.Text, StringComparison.Ordinal);
        Assert.Contains(message, page.Text, StringComparison.Ordinal);
        var after = await OrganizationAsync(id);
        Assert.Equal(before.Status, after.Status);
        Assert.Equal(before.StatusChanges.Count, after.StatusChanges.Count);
    }

    [Fact]
    public async Task A_status_change_for_an_organization_that_does_not_exist_is_refused_with_a_client_error()
    {
        using var admin = await factory.CreateSignedInBrowserAsync(DemoAccounts.Admin);

        using var response = await admin.PostWithTokenAsync("/admin/organizations/987654/authorize");

        // The action answers 404; the status-code page re-executes a POST against the GET-only /error route, which turns it into 405.
        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.False(await factory.InDatabaseAsync(db => db.Organizations.AnyAsync(o => o.Id == 987654)));
    }

    [Fact]
    public async Task The_admin_list_puts_pending_organizations_first()
    {
        using var admin = await factory.CreateSignedInBrowserAsync(DemoAccounts.Admin);

        var page = await admin.GetPageAsync("/admin/organizations?Status=PendingVerification");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Rocky Mountain Tech Advisors", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Lakeshore Dynamics Partners", page.Text, StringComparison.Ordinal);
    }

    private Task<int> IdOfAsync(string partnerNumber) =>
        factory.InDatabaseAsync(db => db.Organizations.Where(o => o.PartnerNumber == partnerNumber).Select(o => o.Id).SingleAsync());

    private Task<PartnerOrganization> OrganizationAsync(int id) =>
        factory.InDatabaseAsync(db => db.Organizations.AsNoTracking().Include(o => o.StatusChanges).SingleAsync(o => o.Id == id));

    private Task<string> UserIdAsync(string email) =>
        factory.InDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
}
