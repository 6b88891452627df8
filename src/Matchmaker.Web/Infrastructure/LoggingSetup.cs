using Serilog;

namespace Matchmaker.Web.Infrastructure;

public static class LoggingSetup
{
    /// <summary>
    /// Serilog from the "Serilog" section; relative file-sink paths are put under the data folder so
    /// the logs land in the same place however the app is started.
    /// </summary>
    public static void AddMatchmakerLogging(this WebApplicationBuilder builder, AppPaths paths)
    {
        foreach (var sink in builder.Configuration.GetSection("Serilog:WriteTo").GetChildren())
        {
            var pathKey = $"{sink.Path}:Args:path";
            var path = builder.Configuration[pathKey];
            if (!string.IsNullOrWhiteSpace(path) && !Path.IsPathRooted(path))
            {
                builder.Configuration[pathKey] = paths.InData(path);
            }
        }

        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
    }
}
