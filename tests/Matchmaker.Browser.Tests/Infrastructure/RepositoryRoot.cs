namespace Matchmaker.Browser.Tests.Infrastructure;

/// <summary>The folder that holds Matchmaker.sln, found by walking up from the test binaries.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    /// <summary>Where every browser journey leaves its full-page screenshots.</summary>
    public static string ScreenshotFolder => System.IO.Path.Combine(Path, "artifacts", "screenshots");

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Matchmaker.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} contains Matchmaker.sln.");
    }
}
