using System.Net;
using Matchmaker.Data;
using Matchmaker.Data.Identity;
using Matchmaker.Domain.Common;
using Matchmaker.Domain.Organizations;
using Matchmaker.Web.Features.Registration;
using Matchmaker.Web.Infrastructure.Security;
using Matchmaker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Web.Tests.Registration;

public sealed class RegistrationTests(MatchmakerFactory factory) : IClassFixture<MatchmakerFactory>
{
    [Fact]
    public async Task A_us_partner_registers_a_pending_organization_and_is_signed_in_as_its_admin()
    {
        var partner = new NewPartner { LegalName = "Great Lakes Ledger Partners" };
        using var browser = factory.CreateBrowser();

        using var response = await partner.SubmitAsync(browser);

        response.AssertRedirectsTo("/");
        var (organization, user, roles) = await factory.InDatabaseAsync(async (db, services) =>
        {
            var organization = await db.Organizations.Include(o => o.StatusChanges).SingleAsync(o => o.PartnerNumber == partner.PartnerNumber);
            var user = await db.Users.SingleAsync(u => u.Email == partner.Email);
            var roles = await services.GetRequiredService<UserManager<ApplicationUser>>().GetRolesAsync(user);
            return (organization, user, roles);
        });
        Assert.Equal(OrganizationStatus.PendingVerification, organization.Status);
        Assert.Equal("Great Lakes Ledger Partners", organization.LegalName);
        Assert.Equal("US", organization.CountryCode);
        Assert.Equal(organization.Id, user.OrganizationId);
        Assert.True(user.IsOrganizationAdmin);
        Assert.Equal([Roles.Partner], roles);
        Assert.Single(organization.StatusChanges);

        var home = await browser.GetPageAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Contains("Welcome, Robin Alvarez", home.Text, StringComparison.Ordinal);
        Assert.Contains("Great Lakes Ledger Partners is registered", home.Text, StringComparison.Ordinal);
        Assert.Contains("Your organization is waiting for verification", home.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CA")]
    [InlineData("MX")]
    [InlineData("GB")]
    [InlineData("OTHER")]
    [InlineData("XX")]
    [InlineData("US<script>")]
    [InlineData("us")]
    [InlineData(" US")]
    public async Task A_partner_outside_the_us_is_turned_away_with_the_us_only_message_and_nothing_is_saved(string country)
    {
        using var browser = factory.CreateBrowser();
        var before = await CountsAsync();

        using var response = await new NewPartner { Country = country }.SubmitAsync(browser);

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(Countries.OnlyUsMessage, page.FieldError("Country"));
        Assert.Equal(before, await CountsAsync());
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("matchmaker.auth=", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_country_is_refused_beside_the_field_and_nothing_is_saved(string country)
    {
        using var browser = factory.CreateBrowser();
        var before = await CountsAsync();

        using var response = await new NewPartner { Country = country }.SubmitAsync(browser);

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotEqual(string.Empty, page.FieldError("Country"));
        Assert.Contains(Countries.OnlyUsMessage, page.Text, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_partner_id_that_is_already_registered_is_refused_with_a_message_and_nothing_is_saved()
    {
        using var browser = factory.CreateBrowser();
        var before = await CountsAsync();

        using var response = await new NewPartner { PartnerNumber = "4100217" }.SubmitAsync(browser);

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(RegistrationService.DuplicatePartnerNumber, page.FieldError("PartnerNumber"));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task An_email_that_already_has_an_account_is_refused_with_a_message_and_nothing_is_saved()
    {
        using var browser = factory.CreateBrowser();
        var before = await CountsAsync();

        using var response = await new NewPartner { Email = "DANA@lakeshore.example" }.SubmitAsync(browser);

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("An account with this email already exists. Sign in instead, or use another email.", page.FieldError("Email"));
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData("short-pass", "Use at least 12 characters.")]
    [InlineData("password1234", CommonPasswordValidator.Message)]
    [InlineData("qwertyuiop12", CommonPasswordValidator.Message)]
    [InlineData("passwordpassword", CommonPasswordValidator.Message)]
    [InlineData("111111111111", CommonPasswordValidator.Message)]
    [InlineData("Summer2026!!", CommonPasswordValidator.Message)]
    [InlineData("robin.alvarez-2026", CommonPasswordValidator.Message)]
    public async Task A_weak_or_common_password_is_refused_beside_the_field_and_nothing_is_saved(string password, string message)
    {
        using var browser = factory.CreateBrowser();
        var before = await CountsAsync();

        using var response = await new NewPartner { Email = "robin.alvarez@prairieledger.example", Password = password }.SubmitAsync(browser);

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(message, page.FieldError("Password"));
        Assert.Equal(string.Empty, page.One("#Password")?.GetAttribute("value") ?? string.Empty);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Passwords_that_do_not_match_are_refused_and_nothing_is_saved()
    {
        using var browser = factory.CreateBrowser();
        var before = await CountsAsync();

        using var response = await new NewPartner { ConfirmPassword = "violet tractor mango harbour" }.SubmitAsync(browser);

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal("The two passwords do not match.", page.FieldError("ConfirmPassword"));
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData("PartnerNumber", "12345", "Partner ID is your partner-network number: 6 to 10 digits, nothing else.")]
    [InlineData("PostalCode", "M5V 2T6", "ZIP code must be 5 digits, or ZIP+4 like 60606-1234.")]
    [InlineData("State", "ON", "Choose a U.S. state from the list.")]
    [InlineData("Website", "javascript:alert(1)", "Enter a full web address starting with https:// or http://.")]
    [InlineData("Phone", "call me maybe", "Enter a phone number using digits, spaces, ( ) - + or x.")]
    [InlineData("Email", "not-an-email", "Enter a valid email address, like name@company.com.")]
    public async Task A_bad_field_gets_its_message_beside_it_and_nothing_is_saved(string field, string value, string message)
    {
        using var browser = factory.CreateBrowser();
        var before = await CountsAsync();

        using var response = await new NewPartner().SubmitAsync(browser, (field, value));

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(message, page.FieldError(field));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Extra_posted_fields_cannot_authorize_the_organization_or_join_another_one()
    {
        var partner = new NewPartner();
        var lakeshoreId = await factory.InDatabaseAsync(db => db.Organizations.Where(o => o.PartnerNumber == "4100217").Select(o => o.Id).SingleAsync());
        using var browser = factory.CreateBrowser();

        using var response = await partner.SubmitAsync(browser,
            ("Status", "Authorized"), ("OrganizationId", lakeshoreId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Id", "1"), ("CountryCode", "CA"), ("AuthorizedAtUtc", "2026-01-01"), ("IsOrganizationAdmin", "false"),
            ("Roles", Roles.Admin), ("EmailConfirmed", "true"));

        response.AssertRedirectsTo("/");
        var (organization, user) = await factory.InDatabaseAsync(async db =>
            (await db.Organizations.SingleAsync(o => o.PartnerNumber == partner.PartnerNumber), await db.Users.SingleAsync(u => u.Email == partner.Email)));
        Assert.Equal(OrganizationStatus.PendingVerification, organization.Status);
        Assert.Null(organization.AuthorizedAtUtc);
        Assert.Equal("US", organization.CountryCode);
        Assert.NotEqual(lakeshoreId, organization.Id);
        Assert.Equal(organization.Id, user.OrganizationId);
        Assert.True(user.IsOrganizationAdmin);
        using var admin = await browser.GetAsync("/admin/organizations");
        admin.AssertAccessDenied();
    }

    private Task<(int Organizations, int Users)> CountsAsync() =>
        factory.InDatabaseAsync(async db => (await db.Organizations.CountAsync(), await db.Users.CountAsync()));
}
