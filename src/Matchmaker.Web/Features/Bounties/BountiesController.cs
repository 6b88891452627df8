using Matchmaker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Web.Features.Bounties;

/// <summary>A partner's own bounties.</summary>
[Authorize(Policy = Policies.Partner), Route("bounties")]
public sealed class BountiesController(BountyService bounties) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await bounties.ForOrganizationAsync(User.RequiredOrganizationId(), cancellationToken));
}
