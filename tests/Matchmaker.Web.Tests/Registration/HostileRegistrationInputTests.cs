using System.Net;
using Matchmaker.Data.Seeding;
using Matchmaker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Tests.Registration;

public sealed class HostileRegistrationInputTests(MatchmakerFactory factory) : IClassFixture<MatchmakerFactory>
{
    private const string ScriptName = "<script>alert('owned')</script> Partners";
    private const string SqlName = "Robert'); DROP TABLE Organizations;-- Ltd";
    private const string UnicodeName = "Ünïcødé Soluções 株式会社 — Ωmega";

    [Theory]
    [InlineData(ScriptName)]
    [InlineData(SqlName)]
    [InlineData(UnicodeName)]
    public async Task A_legal_name_with_markup_sql_or_unicode_is_stored_exactly_as_typed(string legalName)
    {
        var partner = new NewPartner { LegalName = legalName };

        using var browser = await partner.RegisterAsync(factory);

        var (stored, organizations) = await factory.InDatabaseAsync(async db =>
            (await db.Organizations.Where(o => o.PartnerNumber == partner.PartnerNumber).Select(o => o.LegalName).SingleAsync(),
             await db.Organizations.CountAsync()));
        Assert.Equal(legalName, stored);
        Assert.True(organizations >= 8, "The organizations table survived the SQL fragment");
        var profile = await browser.GetPageAsync("/organization");
        Assert.Equal(HttpStatusCode.OK, profile.Status);
        Assert.Equal(legalName, profile.One("h1")?.TextContent);
    }

    [Fact]
    public async Task A_script_tag_in_the_legal_name_is_rendered_encoded_on_every_page_that_shows_it()
    {
        var partner = new NewPartner { LegalName = ScriptName };
        using var browser = await partner.RegisterAsync(factory);
        using var admin = await factory.CreateSignedInBrowserAsync(DemoAccounts.Admin);
        var id = await factory.InDatabaseAsync(db => db.Organizations.Where(o => o.PartnerNumber == partner.PartnerNumber).Select(o => o.Id).SingleAsync());

        var pages = new[]
        {
            await browser.GetPageAsync("/"),
            await browser.GetPageAsync("/organization"),
            await admin.GetPageAsync($"/admin/organizations?Search={partner.PartnerNumber}"),
            await admin.GetPageAsync($"/admin/organizations/{id}"),
        };

        Assert.All(pages, page =>
        {
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.DoesNotContain("<script>alert", page.Html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("&lt;script&gt;alert(", page.Html, StringComparison.Ordinal);
            Assert.Contains(ScriptName, page.Text, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("LegalName", "Legal name must be at most 200 characters.")]
    [InlineData("Street", "Street address must be at most 200 characters.")]
    [InlineData("City", "City must be at most 100 characters.")]
    [InlineData("AdminName", "Your name must be at most 100 characters.")]
    [InlineData("Email", "Email must be at most 256 characters.")]
    [InlineData("Password", "Use at most 256 characters.")]
    [InlineData("Phone", "Phone must be at most 30 characters.")]
    [InlineData("Website", "Website must be at most 200 characters.")]
    public async Task A_ten_thousand_character_value_gets_a_clear_message_and_no_server_error(string field, string message)
    {
        using var browser = factory.CreateBrowser();
        var before = await factory.InDatabaseAsync(db => db.Organizations.CountAsync());
        var huge = new string('x', 10_000);
        var value = field switch
        {
            "Email" => huge + "@example.com",
            "Website" => "https://" + huge + ".example",
            _ => huge,
        };
        var extra = field == "Password" ? new[] { (field, value), ("ConfirmPassword", value) } : [(field, value)];

        using var response = await new NewPartner().SubmitAsync(browser, extra);

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(message, page.FieldError(field));
        Assert.Equal(before, await factory.InDatabaseAsync(db => db.Organizations.CountAsync()));
    }

    [Fact]
    public async Task Sql_fragments_in_the_admin_search_find_nothing_and_break_nothing()
    {
        using var admin = await factory.CreateSignedInBrowserAsync(DemoAccounts.Admin);

        var page = await admin.GetPageAsync("/admin/organizations?Search=%27%20OR%201%3D1%20--");
        var all = await admin.GetPageAsync("/admin/organizations");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.DoesNotContain("Lakeshore Dynamics Partners", page.Text, StringComparison.Ordinal);
        Assert.Contains("Lakeshore Dynamics Partners", all.Text, StringComparison.Ordinal);
    }
}
