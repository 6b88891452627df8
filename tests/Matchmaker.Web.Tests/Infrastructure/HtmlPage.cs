using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Matchmaker.Web.Tests.Infrastructure;

/// <summary>A page as the browser received it: status, raw HTML and the parsed document.</summary>
public sealed class HtmlPage
{
    private static readonly HtmlParser Parser = new();

    private HtmlPage(HttpStatusCode status, string html, Uri? location)
    {
        Status = status;
        Html = html;
        Location = location;
        Document = Parser.ParseDocument(html);
    }

    public HttpStatusCode Status { get; }

    public string Html { get; }

    public Uri? Location { get; }

    public IHtmlDocument Document { get; }

    /// <summary>The visible text of the page, whitespace collapsed.</summary>
    public string Text => string.Join(' ', (Document.Body?.TextContent ?? string.Empty)
        .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static async Task<HtmlPage> ReadAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return new HtmlPage(response.StatusCode, html, response.Headers.Location);
    }

    /// <summary>The form whose action is <paramref name="actionPath"/> (query string ignored).</summary>
    public HtmlForm Form(string actionPath)
    {
        var form = Document.Forms.FirstOrDefault(f =>
            string.Equals((f.GetAttribute("action") ?? string.Empty).Split('?')[0], actionPath, StringComparison.OrdinalIgnoreCase));
        Assert.True(form is not null, $"No form posts to {actionPath}. Forms: {string.Join(", ", Document.Forms.Select(f => f.GetAttribute("action")))}");
        return HtmlForm.From(form);
    }

    /// <summary>Any antiforgery token on the page (every form of one page carries a valid one).</summary>
    public string AntiforgeryToken =>
        Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
        ?? throw new InvalidOperationException("The page has no antiforgery token.");

    /// <summary>The message shown beside a field, or an empty string.</summary>
    public string FieldError(string field) =>
        Document.QuerySelector($"span[data-valmsg-for='{field}']")?.TextContent.Trim() ?? string.Empty;

    public IEnumerable<string> TextsOf(string selector) =>
        Document.QuerySelectorAll(selector).Select(e => e.TextContent.Trim());

    public IElement? One(string selector) => Document.QuerySelector(selector);
}
