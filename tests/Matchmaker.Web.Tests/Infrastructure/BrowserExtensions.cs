using System.Net;
using Matchmaker.Data.Seeding;

namespace Matchmaker.Web.Tests.Infrastructure;

/// <summary>What a person does in a browser: open a page, fill a form, sign in.</summary>
public static class BrowserExtensions
{
    public static async Task<HtmlPage> GetPageAsync(this HttpClient browser, string url)
    {
        using var response = await browser.GetAsync(url);
        return await HtmlPage.ReadAsync(response);
    }

    /// <summary>Opens <paramref name="pageUrl"/>, fills the form posting to <paramref name="actionPath"/> and submits it.</summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(
        this HttpClient browser, string pageUrl, string actionPath, params (string Name, string Value)[] values)
    {
        var page = await browser.GetPageAsync(pageUrl);
        Assert.True(page.Status == HttpStatusCode.OK, $"GET {pageUrl} answered {(int)page.Status}");
        var form = page.Form(actionPath);
        foreach (var (name, value) in values)
        {
            form.Set(name, value);
        }

        return await form.PostAsync(browser);
    }

    /// <summary>A post that no page offers (a forged or replayed request), with a valid antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(
        this HttpClient browser, string url, params (string Name, string Value)[] values)
    {
        // A signed-in page carries the token in its sign-out form; an anonymous visitor finds one on the sign-in page.
        var home = await browser.GetPageAsync("/");
        var token = home.One("input[name=__RequestVerificationToken]") is null
            ? (await browser.GetPageAsync("/account/login")).AntiforgeryToken
            : home.AntiforgeryToken;
        var fields = values.Select(v => new KeyValuePair<string, string>(v.Name, v.Value))
            .Append(new KeyValuePair<string, string>("__RequestVerificationToken", token));
        return await browser.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    public static Task<HttpResponseMessage> TrySignInAsync(this HttpClient browser, string email, string password = DemoAccounts.Password) =>
        browser.SubmitFormAsync("/account/login", "/account/login", ("Email", email), ("Password", password));

    public static async Task SignInAsync(this HttpClient browser, string email, string password = DemoAccounts.Password)
    {
        using var response = await browser.TrySignInAsync(email, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString == "/",
            $"Sign-in as {email} answered {(int)response.StatusCode} {response.Headers.Location}");
    }

    public static async Task<HttpResponseMessage> SignOutAsync(this HttpClient browser) =>
        await browser.PostWithTokenAsync("/account/logout");

    public static string? RedirectPath(this HttpResponseMessage response) =>
        response.Headers.Location is { } location
            ? (location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0])
            : null;

    public static void AssertRedirectsTo(this HttpResponseMessage response, string path)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(path, response.RedirectPath());
    }

    public static void AssertAccessDenied(this HttpResponseMessage response) =>
        response.AssertRedirectsTo("/account/access-denied");
}
