namespace Matchmaker.Web.Infrastructure;

/// <summary>Where the application keeps its local files (SQLite database, logs, development mail).</summary>
public sealed class AppPaths(string dataFolder)
{
    public string DataFolder { get; } = dataFolder;

    public static AppPaths Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["App:DataFolder"];
        var folder = string.IsNullOrWhiteSpace(configured) ? "App_Data" : configured;
        return new AppPaths(Path.GetFullPath(Path.Combine(environment.ContentRootPath, folder)));
    }

    /// <summary>A path from configuration, taken relative to the data folder when it is not absolute.</summary>
    public string InData(string path) => Path.GetFullPath(Path.Combine(DataFolder, path));
}
