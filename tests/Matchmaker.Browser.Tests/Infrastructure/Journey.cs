using System.Diagnostics;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Matchmaker.Browser.Tests.Infrastructure;

/// <summary>
/// Records a journey page by page: each page visited gets a numbered full-page screenshot
/// (<c>journey-viewport-nn-page.png</c>) and an axe scan. Accessibility findings are gathered so
/// that one run shows every page's problems; <see cref="AssertAccessible"/> fails on any of them.
/// </summary>
public sealed class Journey
{
    private readonly string _prefix;
    private readonly ITestOutputHelper _output;
    private readonly List<string> _violations = [];
    private int _step;

    public Journey(string name, Viewport viewport, ITestOutputHelper output)
    {
        _prefix = $"{name}-{viewport.Name}";
        _output = output;
    }

    /// <summary>Screenshots and scans the page the browser shows now.</summary>
    public async Task VisitedAsync(IPage page, string pageName)
    {
        if (_step == 0)
        {
            // Only a journey that really runs replaces the screenshots of an earlier run.
            Screenshots.DeleteEarlier(_prefix);
        }

        _step++;
        var clock = Stopwatch.StartNew();
        var path = await Screenshots.ScreenshotAsync(page, $"{_prefix}-{_step:00}-{pageName}");
        var screenshotTime = clock.Elapsed;
        var scan = await Accessibility.ScanAsync(page);
        _violations.AddRange(scan.Serious.Select(v => $"[{pageName}] {page.Url}\n  {v}"));
        _output.WriteLine(
            $"{_step:00} {pageName} {page.Url} -> {Path.GetFileName(path)} " +
            $"(screenshot {screenshotTime.TotalMilliseconds:0} ms, axe {(clock.Elapsed - screenshotTime).TotalMilliseconds:0} ms, " +
            $"{scan.Serious.Count} serious violation(s); lesser: {(scan.LesserRuleIds.Count == 0 ? "none" : string.Join(", ", scan.LesserRuleIds))})");
    }

    /// <summary>Fails when any page of the journey had a critical or serious axe violation.</summary>
    public void AssertAccessible()
    {
        _output.WriteLine($"Screenshots: {RepositoryRoot.ScreenshotFolder}");
        if (_violations.Count > 0)
        {
            Assert.Fail($"axe found critical or serious violations on {_violations.Count} page scan(s):\n{string.Join('\n', _violations)}");
        }
    }
}
