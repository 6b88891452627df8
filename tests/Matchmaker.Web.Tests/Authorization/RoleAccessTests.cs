using System.Net;
using Matchmaker.Data.Seeding;
using Matchmaker.Web.Tests.Infrastructure;

namespace Matchmaker.Web.Tests.Authorization;

public sealed class RoleAccessTests(MatchmakerFactory factory) : IClassFixture<MatchmakerFactory>
{
    private const string Partner = "dana@lakeshore.example";
    private const string PartnerColleague = "sam@lakeshore.example";

    [Theory]
    [InlineData(Partner, "/admin/organizations")]
    [InlineData(Partner, "/admin/staff")]
    [InlineData(Partner, "/admin/organizations/1")]
    [InlineData(PartnerColleague, "/admin/staff")]
    [InlineData(DemoAccounts.AccountManager, "/admin/organizations")]
    [InlineData(DemoAccounts.AccountManager, "/admin/staff")]
    [InlineData(DemoAccounts.AccountManager, "/organization")]
    [InlineData(DemoAccounts.Admin, "/organization/edit")]
    [InlineData(PartnerColleague, "/organization/edit")]
    public async Task A_signed_in_user_without_the_role_is_sent_to_access_denied_with_403(string email, string url)
    {
        using var browser = await factory.CreateSignedInBrowserAsync(email);

        using var response = await browser.GetAsync(url);

        response.AssertAccessDenied();
        using var denied = await browser.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("You don't have access to that page", await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Partner, "/admin/organizations/1/authorize")]
    [InlineData(DemoAccounts.AccountManager, "/admin/organizations/1/authorize")]
    [InlineData(DemoAccounts.AccountManager, "/admin/staff/anyone/grant")]
    public async Task A_forged_admin_post_from_another_role_is_refused(string email, string url)
    {
        using var browser = await factory.CreateSignedInBrowserAsync(email);

        using var response = await browser.PostWithTokenAsync(url, ("Role", "Admin"));

        response.AssertAccessDenied();
    }

    [Theory]
    [InlineData("/admin/organizations")]
    [InlineData("/admin/staff")]
    [InlineData("/organization")]
    [InlineData("/organization/edit")]
    [InlineData("/partners")]
    [InlineData("/account/security")]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_and_back_afterwards(string url)
    {
        using var browser = factory.CreateBrowser();

        using var response = await browser.GetAsync(url);

        response.AssertRedirectsTo("/account/login");
        Assert.Contains($"ReturnUrl={Uri.EscapeDataString(url)}", response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(DemoAccounts.Admin, "/admin/organizations")]
    [InlineData(DemoAccounts.Admin, "/admin/staff")]
    [InlineData(DemoAccounts.SecondAdmin, "/admin/staff")]
    [InlineData(DemoAccounts.Admin, "/partners")]
    [InlineData(DemoAccounts.AccountManager, "/partners")]
    [InlineData(Partner, "/partners")]
    [InlineData(PartnerColleague, "/partners")]
    [InlineData(Partner, "/organization/edit")]
    [InlineData(PartnerColleague, "/organization")]
    public async Task A_user_with_the_role_reaches_the_page(string email, string url)
    {
        using var browser = await factory.CreateSignedInBrowserAsync(email);

        using var response = await browser.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_partner_directory_lists_authorized_organizations_only()
    {
        using var browser = await factory.CreateSignedInBrowserAsync(Partner);

        var page = await browser.GetPageAsync("/partners");

        Assert.Contains("Cascade Cloud Solutions", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Rocky Mountain Tech Advisors", page.Text, StringComparison.Ordinal);
    }
}
