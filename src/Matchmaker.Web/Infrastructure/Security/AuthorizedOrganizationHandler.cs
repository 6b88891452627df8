using Matchmaker.Data;
using Matchmaker.Data.Identity;
using Matchmaker.Domain.Organizations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Infrastructure.Security;

/// <summary>
/// Checks the organization's status in the database on each request, so a suspension takes effect
/// at once rather than when the cookie is next refreshed.
/// </summary>
public sealed class AuthorizedOrganizationHandler(MatchmakerDbContext db, IHttpContextAccessor httpContextAccessor)
    : AuthorizationHandler<AuthorizedOrganizationRequirement>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, AuthorizedOrganizationRequirement requirement)
    {
        if (requirement.AllowVendorStaff && (context.User.IsInRole(Roles.AccountManager) || context.User.IsInRole(Roles.Admin)))
        {
            context.Succeed(requirement);
            return;
        }

        var organizationId = context.User.GetOrganizationId();
        if (organizationId is null)
        {
            return;
        }

        var cancellationToken = httpContextAccessor.HttpContext?.RequestAborted ?? CancellationToken.None;
        var authorized = await db.Organizations.AnyAsync(
            o => o.Id == organizationId && o.Status == OrganizationStatus.Authorized, cancellationToken);
        if (authorized)
        {
            context.Succeed(requirement);
        }
    }
}
