using System.Globalization;
using UtcDateTime = System.DateTime;
using Matchmaker.Data.Identity;
using Matchmaker.Web.Infrastructure.Security;

namespace Matchmaker.Web.Infrastructure.Time;

/// <summary>Shows UTC times in the signed-in user's time zone, formatted for U.S. readers.</summary>
public sealed class UserTime(IHttpContextAccessor httpContextAccessor, TimeProvider clock)
{
    private static readonly CultureInfo UsCulture = CultureInfo.GetCultureInfo("en-US");

    private TimeZoneInfo? _zone;

    public TimeZoneInfo Zone => _zone ??= ResolveZone();

    public UtcDateTime ToLocal(UtcDateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(UtcDateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>"Dec 3, 2026".</summary>
    public string Date(UtcDateTime utc) => ToLocal(utc).ToString("MMM d, yyyy", UsCulture);

    /// <summary>"Dec 3, 2026, 4:05 PM EST".</summary>
    public string DateTime(UtcDateTime utc)
    {
        var local = ToLocal(utc);
        return $"{local.ToString("MMM d, yyyy, h:mm tt", UsCulture)} {Abbreviation(local)}";
    }

    public string? DateTime(UtcDateTime? utc) => utc is null ? null : DateTime(utc.Value);

    /// <summary>"3 days", "5 hours", "under a minute": how long ago something happened.</summary>
    public string Age(UtcDateTime utc)
    {
        var span = clock.GetUtcNow().UtcDateTime - utc;
        return span.TotalMinutes switch
        {
            < 1 => "under a minute",
            < 60 => Plural((int)span.TotalMinutes, "minute"),
            < 60 * 24 => Plural((int)span.TotalHours, "hour"),
            _ => Plural((int)span.TotalDays, "day"),
        };
    }

    public static string Iso(UtcDateTime utc) =>
        System.DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static string Plural(int value, string unit) => value == 1 ? $"1 {unit}" : $"{value} {unit}s";

    private string Abbreviation(UtcDateTime local)
    {
        var daylight = Zone.IsDaylightSavingTime(local);
        return Zone.Id switch
        {
            "America/New_York" => daylight ? "EDT" : "EST",
            "America/Chicago" => daylight ? "CDT" : "CST",
            "America/Denver" => daylight ? "MDT" : "MST",
            "America/Phoenix" => "MST",
            "America/Los_Angeles" => daylight ? "PDT" : "PST",
            "America/Anchorage" => daylight ? "AKDT" : "AKST",
            "Pacific/Honolulu" => "HST",
            _ => "UTC",
        };
    }

    private TimeZoneInfo ResolveZone()
    {
        var id = httpContextAccessor.HttpContext?.User.FindFirst(MatchmakerClaims.TimeZone)?.Value ?? ApplicationUser.DefaultTimeZoneId;
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
    }
}
