using System.Globalization;
using System.Security.Claims;

namespace Matchmaker.Web.Infrastructure.Security;

/// <summary>Claims the portal adds to the sign-in cookie, and how to read them back.</summary>
public static class MatchmakerClaims
{
    public const string OrganizationId = "mm:org";
    public const string OrganizationAdmin = "mm:org_admin";
    public const string DisplayName = "mm:name";
    public const string TimeZone = "mm:tz";

    public static int? GetOrganizationId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(OrganizationId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static int RequiredOrganizationId(this ClaimsPrincipal user) =>
        user.GetOrganizationId() ?? throw new InvalidOperationException("The signed-in user belongs to no organization.");

    public static bool IsOrganizationAdmin(this ClaimsPrincipal user) => user.HasClaim(OrganizationAdmin, "true");

    public static string GetDisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayName) ?? user.Identity?.Name ?? string.Empty;

    public static string GetUserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No signed-in user.");
}
