using Microsoft.AspNetCore.Authorization;

namespace Matchmaker.Web.Infrastructure.Security;

/// <summary>
/// The user's organization is Authorized right now (read from the database, not the cookie). With
/// <see cref="AllowVendorStaff"/>, account managers and admins pass too.
/// </summary>
public sealed record AuthorizedOrganizationRequirement(bool AllowVendorStaff = false) : IAuthorizationRequirement;
