using Matchmaker.Web.Tests.Infrastructure;

namespace Matchmaker.Web.Tests.Leads;

public static class FlashMessages
{
    /// <summary>Follows a post/redirect/get and returns the page the browser lands on.</summary>
    public static async Task<HtmlPage> FollowAsync(this HttpClient browser, HttpResponseMessage redirect)
    {
        Assert.True(redirect.Headers.Location is not null, $"Expected a redirect, got {(int)redirect.StatusCode}.");
        return await browser.GetPageAsync(redirect.Headers.Location!.OriginalString);
    }

    public static string ErrorFlash(this HtmlPage page) =>
        page.One("[role=alert].alert-danger")?.TextContent.Trim() ?? string.Empty;

    public static string SuccessFlash(this HtmlPage page) =>
        page.One("[role=status].alert-success")?.TextContent.Trim() ?? string.Empty;
}
