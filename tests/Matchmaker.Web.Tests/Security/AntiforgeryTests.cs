using Matchmaker.Data.Seeding;
using Matchmaker.Domain.Organizations;
using Matchmaker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Tests.Security;

public sealed class AntiforgeryTests(MatchmakerFactory factory) : IClassFixture<MatchmakerFactory>
{
    [Fact]
    public async Task A_sign_in_post_without_an_antiforgery_token_is_refused_and_signs_no_one_in()
    {
        using var browser = factory.CreateBrowser();
        var form = (await browser.GetPageAsync("/account/login")).Form("/account/login")
            .Set("Email", DemoAccounts.Admin).Set("Password", DemoAccounts.Password).Remove("__RequestVerificationToken");

        using var response = await form.PostAsync(browser);

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("matchmaker.auth=", StringComparison.Ordinal)));
        using var admin = await browser.GetAsync("/admin/organizations");
        admin.AssertRedirectsTo("/account/login");
    }

    [Fact]
    public async Task A_signed_in_admin_post_without_an_antiforgery_token_is_refused_and_changes_nothing()
    {
        using var admin = await factory.CreateSignedInBrowserAsync(DemoAccounts.Admin);
        var id = await factory.InDatabaseAsync(db => db.Organizations.Where(o => o.PartnerNumber == "0800264").Select(o => o.Id).SingleAsync());

        using var response = await admin.PostAsync($"/admin/organizations/{id}/authorize", new FormUrlEncodedContent([]));

        Assert.InRange((int)response.StatusCode, 400, 499);
        var status = await factory.InDatabaseAsync(db => db.Organizations.Where(o => o.Id == id).Select(o => o.Status).SingleAsync());
        Assert.Equal(OrganizationStatus.PendingVerification, status);
    }

    [Fact]
    public async Task A_token_taken_from_another_persons_session_is_refused()
    {
        using var attacker = await factory.CreateSignedInBrowserAsync("noah@empiredata.example");
        var attackerToken = (await attacker.GetPageAsync("/")).AntiforgeryToken;
        using var admin = await factory.CreateSignedInBrowserAsync(DemoAccounts.Admin);
        var id = await factory.InDatabaseAsync(db => db.Organizations.Where(o => o.PartnerNumber == "0800264").Select(o => o.Id).SingleAsync());

        using var response = await admin.PostAsync($"/admin/organizations/{id}/authorize",
            new FormUrlEncodedContent([new("__RequestVerificationToken", attackerToken)]));

        Assert.InRange((int)response.StatusCode, 400, 499);
        var status = await factory.InDatabaseAsync(db => db.Organizations.Where(o => o.Id == id).Select(o => o.Status).SingleAsync());
        Assert.Equal(OrganizationStatus.PendingVerification, status);
    }

    [Fact]
    public async Task A_registration_post_without_an_antiforgery_token_saves_nothing()
    {
        using var browser = factory.CreateBrowser();
        var before = await factory.InDatabaseAsync(db => db.Organizations.CountAsync());
        var partner = new NewPartner();

        using var response = await browser.PostAsync("/register",
            new FormUrlEncodedContent(partner.Fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))));

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Equal(before, await factory.InDatabaseAsync(db => db.Organizations.CountAsync()));
    }
}
