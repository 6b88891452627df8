using System.Globalization;
using System.Security.Claims;
using Matchmaker.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Matchmaker.Web.Infrastructure.Security;

public sealed class MatchmakerClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(MatchmakerClaims.DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(MatchmakerClaims.TimeZone, user.TimeZoneId));
        if (user.OrganizationId is { } organizationId)
        {
            identity.AddClaim(new Claim(MatchmakerClaims.OrganizationId, organizationId.ToString(CultureInfo.InvariantCulture)));
            if (user.IsOrganizationAdmin)
            {
                identity.AddClaim(new Claim(MatchmakerClaims.OrganizationAdmin, "true"));
            }
        }

        return identity;
    }
}
