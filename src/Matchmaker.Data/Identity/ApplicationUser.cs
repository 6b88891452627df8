using Microsoft.AspNetCore.Identity;

namespace Matchmaker.Data.Identity;

/// <summary>
/// A person who signs in. Partner users belong to exactly one organization; vendor staff
/// (account managers and admins) belong to none.
/// </summary>
public sealed class ApplicationUser : IdentityUser
{
    public const string DefaultTimeZoneId = "America/New_York";

    public string DisplayName { get; set; } = string.Empty;

    public int? OrganizationId { get; set; }

    /// <summary>The organization's admin keeps its profile and invites or removes colleagues.</summary>
    public bool IsOrganizationAdmin { get; set; }

    /// <summary>IANA time zone in which dates are shown to this user.</summary>
    public string TimeZoneId { get; set; } = DefaultTimeZoneId;

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Set when an organization admin removes the user; the account can no longer sign in.</summary>
    public DateTime? DeactivatedAtUtc { get; set; }
}
