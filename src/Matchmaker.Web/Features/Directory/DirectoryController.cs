using Matchmaker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Web.Features.Directory;

[Authorize(Policy = Policies.PartnerNetwork), Route("partners")]
public sealed class DirectoryController(DirectoryService directory) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(DirectoryQuery query, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            query = new DirectoryQuery();
        }

        return View(await directory.SearchAsync(query, User.GetOrganizationId(), cancellationToken));
    }
}
