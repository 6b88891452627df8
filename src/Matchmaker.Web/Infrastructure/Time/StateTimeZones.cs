namespace Matchmaker.Web.Infrastructure.Time;

/// <summary>A sensible first time zone for a new user, from the organization's state (each user can change it).</summary>
public static class StateTimeZones
{
    private static readonly HashSet<string> Central = ["AL", "AR", "IA", "IL", "KS", "LA", "MN", "MO", "MS", "ND", "NE", "OK", "SD", "TN", "TX", "WI"];
    private static readonly HashSet<string> Mountain = ["CO", "ID", "MT", "NM", "UT", "WY"];
    private static readonly HashSet<string> Pacific = ["CA", "NV", "OR", "WA"];

    public static string For(string state) => state switch
    {
        "AZ" => "America/Phoenix",
        "AK" => "America/Anchorage",
        "HI" => "Pacific/Honolulu",
        _ when Central.Contains(state) => "America/Chicago",
        _ when Mountain.Contains(state) => "America/Denver",
        _ when Pacific.Contains(state) => "America/Los_Angeles",
        _ => "America/New_York",
    };
}
