using System.Net;
using Matchmaker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Tests.Account;

public sealed class LockoutTests(MatchmakerFactory factory) : IClassFixture<MatchmakerFactory>
{
    private const string WrongCredentials = "The email or password is not right. Check them and try again.";

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_then_even_the_right_password_is_refused()
    {
        const string email = "grace@peachtreebiz.example";
        using var browser = factory.CreateBrowser();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await browser.TrySignInAsync(email, $"not the password {attempt}");
            var page = await HtmlPage.ReadAsync(wrong);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Contains(WrongCredentials, page.Text, StringComparison.Ordinal);
        }

        using var fifth = await browser.TrySignInAsync(email, "not the password 5");
        fifth.AssertRedirectsTo("/account/locked");
        var locked = await browser.GetPageAsync("/account/locked");
        Assert.Contains("Your account is locked for a while", locked.Text, StringComparison.Ordinal);

        using var right = await browser.TrySignInAsync(email, MatchmakerFactory.DemoPassword);
        right.AssertRedirectsTo("/account/locked");
        using var home = await browser.GetAsync("/organization");
        home.AssertRedirectsTo("/account/login");
        var lockoutEnd = await factory.InDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.LockoutEnd).SingleAsync());
        Assert.NotNull(lockoutEnd);
        Assert.True(lockoutEnd > DateTimeOffset.UtcNow.AddMinutes(10), $"Locked until {lockoutEnd}");
    }

    [Fact]
    public async Task A_wrong_password_for_an_unknown_email_gets_the_same_message_as_for_a_known_one()
    {
        using var browser = factory.CreateBrowser();

        using var unknown = await browser.TrySignInAsync("nobody@nowhere.example", "not the password");
        using var known = await browser.TrySignInAsync("noah@empiredata.example", "not the password");

        var unknownPage = await HtmlPage.ReadAsync(unknown);
        var knownPage = await HtmlPage.ReadAsync(known);
        Assert.Contains(WrongCredentials, unknownPage.Text, StringComparison.Ordinal);
        Assert.Contains(WrongCredentials, knownPage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_successful_sign_in_resets_the_failure_count()
    {
        const string email = "marcus@lonestarerp.example";
        using var browser = factory.CreateBrowser();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            (await browser.TrySignInAsync(email, $"not the password {attempt}")).Dispose();
        }

        await browser.SignInAsync(email);

        var failures = await factory.InDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.AccessFailedCount).SingleAsync());
        Assert.Equal(0, failures);
    }

    [Fact]
    public async Task A_sign_in_with_a_foreign_return_url_lands_on_the_home_page()
    {
        using var browser = factory.CreateBrowser();

        using var response = await browser.SubmitFormAsync("/account/login?returnUrl=https%3A%2F%2Fevil.example%2F", "/account/login",
            ("Email", "mei@goldengate.example"), ("Password", MatchmakerFactory.DemoPassword));

        response.AssertRedirectsTo("/");
    }
}
