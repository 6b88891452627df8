using System.Net;
using Matchmaker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Tests.Account;

public sealed class TwoFactorSignInTests(MatchmakerFactory factory) : IClassFixture<MatchmakerFactory>
{
    [Fact]
    public async Task Once_an_authenticator_is_turned_on_sign_in_asks_for_its_code_and_accepts_it()
    {
        const string email = "mei@goldengate.example";
        var (key, _) = await TurnOnAuthenticatorAsync(email);
        using var browser = factory.CreateBrowser();

        using var password = await browser.TrySignInAsync(email);

        password.AssertRedirectsTo("/account/two-factor");
        using var notYet = await browser.GetAsync("/organization");
        notYet.AssertRedirectsTo("/account/login");
        using var wrong = await browser.SubmitFormAsync(password.Headers.Location!.OriginalString, "/account/two-factor", ("Code", WrongCode(key)));
        var wrongPage = await HtmlPage.ReadAsync(wrong);
        Assert.Equal("That code is not right or has expired. Enter the code your app shows now.", wrongPage.FieldError("Code"));

        using var code = await browser.SubmitFormAsync(password.Headers.Location!.OriginalString, "/account/two-factor",
            ("Code", Totp.Code(key, DateTimeOffset.UtcNow)));

        code.AssertRedirectsTo("/");
        var home = await browser.GetPageAsync("/");
        Assert.Contains("Welcome, Mei Tanaka", home.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_and_is_refused_the_second_time()
    {
        const string email = "noah@empiredata.example";
        var (_, recoveryCodes) = await TurnOnAuthenticatorAsync(email);
        Assert.Equal(10, recoveryCodes.Count);
        var recoveryCode = recoveryCodes[0];

        using (var first = factory.CreateBrowser())
        {
            (await first.TrySignInAsync(email)).AssertRedirectsTo("/account/two-factor");
            using var used = await first.SubmitFormAsync("/account/recovery-code", "/account/recovery-code", ("Code", recoveryCode));
            used.AssertRedirectsTo("/");
            Assert.Contains("Signed in with a recovery code.", (await first.GetPageAsync("/")).Text, StringComparison.Ordinal);
        }

        using var second = factory.CreateBrowser();
        (await second.TrySignInAsync(email)).AssertRedirectsTo("/account/two-factor");
        using var again = await second.SubmitFormAsync("/account/recovery-code", "/account/recovery-code", ("Code", recoveryCode));

        var page = await HtmlPage.ReadAsync(again);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("That recovery code is not right or was already used.", page.FieldError("Code"));
        using var stillOut = await second.GetAsync("/organization");
        stillOut.AssertRedirectsTo("/account/login");
    }

    [Fact]
    public async Task A_wrong_code_does_not_turn_the_authenticator_on()
    {
        const string email = "grace@peachtreebiz.example";
        using var browser = await factory.CreateSignedInBrowserAsync(email);
        var setup = await browser.GetPageAsync("/account/security/authenticator");
        var key = setup.One("[data-testid=authenticator-key]")!.TextContent;

        using var response = await setup.Form("/account/security/authenticator").Set("Input.Code", WrongCode(key)).PostAsync(browser);

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal("That code is not right. Enter the code your app shows now.", page.FieldError("Input.Code"));
        Assert.False(await factory.InDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    /// <summary>Signs in, scans the key as an authenticator app would, confirms a code and keeps the recovery codes.</summary>
    private async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> TurnOnAuthenticatorAsync(string email)
    {
        using var browser = await factory.CreateSignedInBrowserAsync(email);
        var setup = await browser.GetPageAsync("/account/security/authenticator");
        var key = setup.One("[data-testid=authenticator-key]")?.TextContent
            ?? throw new InvalidOperationException("The set-up page shows no key.");

        using var confirmed = await setup.Form("/account/security/authenticator")
            .Set("Input.Code", Totp.Code(key, DateTimeOffset.UtcNow)).PostAsync(browser);

        confirmed.AssertRedirectsTo("/account/security/recovery-codes");
        var codes = (await browser.GetPageAsync("/account/security/recovery-codes")).TextsOf("[data-testid=recovery-codes] li").ToList();
        Assert.True(await factory.InDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.TwoFactorEnabled).SingleAsync()));
        return (key, codes);
    }

    /// <summary>A code that is right in none of the windows the server accepts.</summary>
    private static string WrongCode(string key)
    {
        var now = DateTimeOffset.UtcNow;
        var valid = Enumerable.Range(-3, 7).Select(step => Totp.Code(key, now.AddSeconds(30 * step))).ToHashSet();
        return Enumerable.Range(0, 1_000_000).Select(n => n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => !valid.Contains(c));
    }
}
