using Microsoft.Playwright;

namespace Matchmaker.Browser.Tests.Infrastructure;

/// <summary>The parts of a lead's page (/leads/{id}) a journey reads: status line, offers, history, access log.</summary>
public static class LeadPage
{
    /// <summary>The line under the heading: the status badge, the sales stage and the next step.</summary>
    public static ILocator StatusLine(IPage page) => page.Locator(".mm-page-header .lead");

    public static ILocator Confirmation(IPage page, string text) =>
        page.GetByRole(AriaRole.Status).Filter(new() { HasText = text });

    /// <summary>The row of the offers table for one receiving organization.</summary>
    public static ILocator OfferTo(IPage page, string organization) =>
        page.GetByRole(AriaRole.Region, new() { Name = "Offers" }).GetByRole(AriaRole.Row).Filter(new() { HasText = organization });

    /// <summary>History entries whose text contains every one of <paramref name="texts"/>.</summary>
    public static ILocator HistoryEntry(IPage page, params string[] texts) =>
        texts.Aggregate(
            page.GetByRole(AriaRole.Region, new() { Name = "History" }).GetByRole(AriaRole.Listitem),
            (entries, text) => entries.Filter(new() { HasText = text }));

    /// <summary>Entries of "Who looked at it" for one person, optionally of one level ("Summary", "Full details").</summary>
    public static ILocator AccessEntry(IPage page, string who, string? level = null)
    {
        var entries = page.GetByRole(AriaRole.Region, new() { Name = "Who looked at it" }).GetByRole(AriaRole.Listitem).Filter(new() { HasText = who });
        return level is null ? entries : entries.Filter(new() { Has = page.Locator(".badge", new() { HasText = level }) });
    }
}
