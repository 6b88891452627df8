using Matchmaker.Data.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Matchmaker.Web.Infrastructure.Security;

public static class Policies
{
    /// <summary>Any user of a partner organization, whatever its status.</summary>
    public const string Partner = nameof(Partner);

    /// <summary>The admin of a partner organization.</summary>
    public const string OrganizationAdmin = nameof(OrganizationAdmin);

    /// <summary>A user of an Authorized organization: the only kind that submits, receives or is matched.</summary>
    public const string AuthorizedPartner = nameof(AuthorizedPartner);

    /// <summary>Authorized partners and vendor staff: who may browse the partner network.</summary>
    public const string PartnerNetwork = nameof(PartnerNetwork);

    public const string AccountManager = nameof(AccountManager);

    public const string Admin = nameof(Admin);

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(Partner, p => p.RequireRole(Roles.Partner).RequireClaim(MatchmakerClaims.OrganizationId));
        options.AddPolicy(OrganizationAdmin, p => p
            .RequireRole(Roles.Partner)
            .RequireClaim(MatchmakerClaims.OrganizationId)
            .RequireClaim(MatchmakerClaims.OrganizationAdmin, "true"));
        options.AddPolicy(AuthorizedPartner, p => p
            .RequireRole(Roles.Partner)
            .RequireClaim(MatchmakerClaims.OrganizationId)
            .AddRequirements(new AuthorizedOrganizationRequirement()));
        options.AddPolicy(PartnerNetwork, p => p
            .RequireAuthenticatedUser()
            .AddRequirements(new AuthorizedOrganizationRequirement(AllowVendorStaff: true)));
        options.AddPolicy(AccountManager, p => p.RequireRole(Roles.AccountManager));
        options.AddPolicy(Admin, p => p.RequireRole(Roles.Admin));
    }
}
