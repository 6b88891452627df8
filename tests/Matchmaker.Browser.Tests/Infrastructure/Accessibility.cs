using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Matchmaker.Browser.Tests.Infrastructure;

/// <summary>axe-core scans of the page as the browser shows it now.</summary>
public static class Accessibility
{
    // Only violations are needed; asking axe for nothing else keeps each scan short.
    private static readonly AxeRunOptions ViolationsOnly = new() { ResultTypes = [ResultType.Violations] };

    private static readonly HashSet<string> BlockingImpacts = new(["critical", "serious"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Scans the page: critical and serious violations described with their rule, targets and help;
    /// moderate and minor ones by rule id only, for the log.
    /// </summary>
    public static async Task<AccessibilityScan> ScanAsync(IPage page)
    {
        var result = await page.RunAxe(ViolationsOnly);
        var serious = result.Violations.Where(IsBlocking).ToList();
        return new AccessibilityScan(
            serious.Select(Describe).ToList(),
            result.Violations.Except(serious).Select(v => $"{v.Id} ({v.Impact})").ToList());
    }

    /// <summary>Fails the test when axe finds a critical or serious violation on the page.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var violations = (await ScanAsync(page)).Serious;
        if (violations.Count > 0)
        {
            Assert.Fail($"axe found {violations.Count} critical or serious violation(s) on {page.Url}:\n{string.Join('\n', violations)}");
        }
    }

    private static bool IsBlocking(AxeResultItem violation) =>
        violation.Impact is not null && BlockingImpacts.Contains(violation.Impact);

    private static string Describe(AxeResultItem violation)
    {
        var text = new StringBuilder()
            .Append(violation.Id).Append(" (").Append(violation.Impact).Append("): ").Append(violation.Help)
            .Append(" — ").Append(violation.HelpUrl).Append('\n');
        foreach (var node in violation.Nodes)
        {
            text.Append("    target ").Append(node.Target).Append(": ").Append(node.Html).Append('\n');
        }

        return text.ToString();
    }
}
