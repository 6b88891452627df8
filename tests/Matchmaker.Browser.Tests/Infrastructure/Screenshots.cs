using Microsoft.Playwright;

namespace Matchmaker.Browser.Tests.Infrastructure;

public static class Screenshots
{
    /// <summary>Saves a full-page PNG as artifacts/screenshots/<paramref name="name"/>.png and returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(RepositoryRoot.ScreenshotFolder);
        var path = Path.Combine(RepositoryRoot.ScreenshotFolder, $"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <summary>Removes the screenshots an earlier run of the same journey left, so the folder shows one run.</summary>
    public static void DeleteEarlier(string prefix)
    {
        if (!Directory.Exists(RepositoryRoot.ScreenshotFolder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(RepositoryRoot.ScreenshotFolder, $"{prefix}-*.png"))
        {
            File.Delete(file);
        }
    }
}
