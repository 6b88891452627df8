namespace Matchmaker.Web.Infrastructure.Time;

public static class UsTimeZones
{
    public static readonly IReadOnlyList<KeyValuePair<string, string>> All =
    [
        new("America/New_York", "Eastern"),
        new("America/Chicago", "Central"),
        new("America/Denver", "Mountain"),
        new("America/Phoenix", "Arizona (no daylight saving)"),
        new("America/Los_Angeles", "Pacific"),
        new("America/Anchorage", "Alaska"),
        new("Pacific/Honolulu", "Hawaii"),
    ];

    public static bool IsValid(string? id) => All.Any(z => z.Key == id);
}
