using Matchmaker.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Matchmaker.Browser.Tests.Journeys;

/// <summary>Guards the harness itself: an axe scan that found nothing must mean there was nothing to find.</summary>
public sealed class AccessibilityCheckTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [SkippableFact]
    public async Task The_scan_reports_a_serious_violation_planted_in_a_portal_page()
    {
        await using var session = await portal.OpenSessionAsync(Viewport.Desktop);
        var page = session.Page;
        await page.GotoAsync("/account/login");
        await page.Locator("#Email").EvaluateAsync("field => field.labels.forEach(label => label.remove())");

        var scan = await Accessibility.ScanAsync(page);

        Assert.Contains(scan.Serious, violation => violation.StartsWith("label (critical)", StringComparison.Ordinal));
        await Assert.ThrowsAsync<Xunit.Sdk.FailException>(() => Accessibility.AssertAccessibleAsync(page));
    }
}
