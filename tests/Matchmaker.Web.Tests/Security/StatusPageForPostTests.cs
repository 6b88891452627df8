using System.Net;
using Matchmaker.Data.Seeding;
using Matchmaker.Domain.Common;
using Matchmaker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Tests.Security;

/// <summary>Refused posts keep their status code and get the explaining page.</summary>
public sealed class StatusPageForPostTests(MatchmakerFactory factory) : IClassFixture<MatchmakerFactory>
{
    [Fact]
    public async Task A_post_without_an_antiforgery_token_gets_400_with_the_explaining_page()
    {
        using var browser = factory.CreateBrowser();
        var form = (await browser.GetPageAsync("/account/login")).Form("/account/login")
            .Set("Email", DemoAccounts.Admin).Set("Password", DemoAccounts.Password).Remove("__RequestVerificationToken");

        using var response = await form.PostAsync(browser);

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("That request could not be handled", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_organizations_admin_revoking_an_invitation_gets_404()
    {
        using var dana = await factory.CreateSignedInBrowserAsync("dana@lakeshore.example");
        var email = $"colleague.{Guid.NewGuid():N}@lakeshore.example";
        (await dana.SubmitFormAsync("/organization", "/organization/invitations", ("Invite.Email", email))).Dispose();
        var id = await factory.InDatabaseAsync(db => db.Invitations.Where(i => i.Email == email).Select(i => i.Id).SingleAsync());
        using var priya = await factory.CreateSignedInBrowserAsync("priya@cascadecloud.example");

        using var forged = await priya.PostWithTokenAsync($"/organization/invitations/{id}/revoke");

        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
    }

    [Fact]
    public async Task A_status_change_for_an_organization_that_does_not_exist_gets_404()
    {
        using var admin = await factory.CreateSignedInBrowserAsync(DemoAccounts.Admin);

        using var response = await admin.PostWithTokenAsync("/admin/organizations/987654/authorize");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_country_gets_the_us_only_message_beside_the_field(string country)
    {
        using var browser = factory.CreateBrowser();

        using var response = await new NewPartner { Country = country }.SubmitAsync(browser);

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(Countries.OnlyUsMessage, page.FieldError("Country"));
    }

    [Fact]
    public async Task An_empty_legal_name_gets_the_friendly_message_beside_the_field()
    {
        using var browser = factory.CreateBrowser();

        using var response = await new NewPartner { LegalName = string.Empty }.SubmitAsync(browser);

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal("Enter the legal name.", page.FieldError("LegalName"));
    }
}
