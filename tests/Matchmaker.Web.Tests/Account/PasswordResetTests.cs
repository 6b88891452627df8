using System.Net;
using Matchmaker.Web.Tests.Infrastructure;

namespace Matchmaker.Web.Tests.Account;

public sealed class PasswordResetTests(MatchmakerFactory factory) : IClassFixture<MatchmakerFactory>
{
    private const string NewPassword = "amber kestrel lantern meadow";

    [Fact]
    public async Task The_emailed_reset_link_sets_a_new_password_once()
    {
        const string email = "priya@cascadecloud.example";
        using var browser = factory.CreateBrowser();

        using var asked = await browser.SubmitFormAsync("/account/forgot-password", "/account/forgot-password", ("Email", email));

        asked.AssertRedirectsTo("/account/forgot-password/sent");
        var link = factory.Emails.LatestLinkTo(email);
        using var reset = await browser.SubmitFormAsync(link, "/account/reset-password", ("Password", NewPassword), ("ConfirmPassword", NewPassword));
        reset.AssertRedirectsTo("/account/login");

        using var oldPassword = await factory.CreateBrowser().TrySignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);
        await factory.CreateBrowser().SignInAsync(email, NewPassword);

        using var reused = await browser.SubmitFormAsync(link, "/account/reset-password", ("Password", "second amber kestrel lantern"), ("ConfirmPassword", "second amber kestrel lantern"));
        var page = await HtmlPage.ReadAsync(reused);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("This link can't be used", page.Text, StringComparison.Ordinal);
        await factory.CreateBrowser().SignInAsync(email, NewPassword);
    }

    [Fact]
    public async Task Asking_for_a_reset_of_an_unknown_email_looks_the_same_and_sends_nothing()
    {
        using var browser = factory.CreateBrowser();
        var sentBefore = factory.Emails.Sent.Count;

        using var asked = await browser.SubmitFormAsync("/account/forgot-password", "/account/forgot-password", ("Email", "nobody@nowhere.example"));

        asked.AssertRedirectsTo("/account/forgot-password/sent");
        Assert.Equal(sentBefore, factory.Emails.Sent.Count);
    }

    [Fact]
    public async Task A_common_password_is_refused_on_reset_too()
    {
        const string email = "mei@goldengate.example";
        using var browser = factory.CreateBrowser();
        (await browser.SubmitFormAsync("/account/forgot-password", "/account/forgot-password", ("Email", email))).Dispose();
        var link = factory.Emails.LatestLinkTo(email);

        using var reset = await browser.SubmitFormAsync(link, "/account/reset-password", ("Password", "password1234"), ("ConfirmPassword", "password1234"));

        var page = await HtmlPage.ReadAsync(reset);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(Matchmaker.Web.Infrastructure.Security.CommonPasswordValidator.Message, page.FieldError("Password"));
        await factory.CreateBrowser().SignInAsync(email);
    }
}
