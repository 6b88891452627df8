using System.Security.Claims;
using Matchmaker.Data.Identity;
using Matchmaker.Web.Infrastructure.Security;

namespace Matchmaker.Web.Features.Leads;

/// <summary>Who is looking at a lead, for the visibility rules and the access log.</summary>
public sealed record LeadViewer(string UserId, int? OrganizationId, bool IsAccountManager, string Role)
{
    public static LeadViewer From(ClaimsPrincipal user)
    {
        var organizationId = user.GetOrganizationId();
        var isAccountManager = user.IsInRole(Roles.AccountManager);
        var role = organizationId is not null ? Roles.Partner : isAccountManager ? Roles.AccountManager : Roles.Admin;
        return new LeadViewer(user.GetUserId(), organizationId, isAccountManager, role);
    }
}
