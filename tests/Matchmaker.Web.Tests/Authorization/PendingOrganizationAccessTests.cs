using System.Net;
using Matchmaker.Web.Tests.Infrastructure;

namespace Matchmaker.Web.Tests.Authorization;

public sealed class PendingOrganizationAccessTests(MatchmakerFactory factory) : IClassFixture<MatchmakerFactory>
{
    private const string PendingUser = "owen@rockymountaintech.example";

    [Fact]
    public async Task A_user_of_a_pending_organization_is_refused_the_partner_network_with_403()
    {
        using var browser = await factory.CreateSignedInBrowserAsync(PendingUser);

        using var response = await browser.GetAsync("/partners");

        response.AssertAccessDenied();
        var denied = await browser.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, denied.Status);
        Assert.Contains("open to users of authorized organizations", denied.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_of_a_pending_organization_sees_the_pending_status_on_the_home_page()
    {
        using var browser = await factory.CreateSignedInBrowserAsync(PendingUser);

        var home = await browser.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Contains("Rocky Mountain Tech Advisors", home.Text, StringComparison.Ordinal);
        Assert.Contains("Pending verification", home.Text, StringComparison.Ordinal);
        Assert.Contains("Your organization is waiting for verification", home.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Find partners you trust", home.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_of_a_pending_organization_can_still_keep_its_profile()
    {
        using var browser = await factory.CreateSignedInBrowserAsync(PendingUser);

        using var profile = await browser.GetAsync("/organization");
        using var edit = await browser.GetAsync("/organization/edit");

        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
    }
}
