using System.Globalization;
using Matchmaker.Web.Tests.Infrastructure;

namespace Matchmaker.Web.Tests.Queue;

public static class QueuePages
{
    /// <summary>Organization ids of the suggested partners, in the order shown.</summary>
    public static IReadOnlyList<int> SuggestedIds(this HtmlPage page) =>
        page.Document.QuerySelectorAll("#suggest-heading + .card-body table input[name=OrganizationIds]")
            .Select(i => int.Parse(i.GetAttribute("value")!, CultureInfo.InvariantCulture)).ToList();

    /// <summary>Lead ids of the queue's rows, in the order shown.</summary>
    public static IReadOnlyList<int> QueueLeadIds(this HtmlPage page) =>
        page.Document.QuerySelectorAll("table tbody tr td[data-label=Customer] a")
            .Select(a => int.Parse(a.GetAttribute("href")!.Split('/')[^1], CultureInfo.InvariantCulture)).ToList();

    public static string? NextPageLink(this HtmlPage page) =>
        page.Document.QuerySelectorAll("nav[aria-label=Pages] a")
            .FirstOrDefault(a => a.TextContent.Contains("Next page", StringComparison.Ordinal))?.GetAttribute("href");
}
