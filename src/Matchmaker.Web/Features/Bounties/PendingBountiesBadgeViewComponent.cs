using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Web.Features.Bounties;

/// <summary>Bounties waiting for an admin's decision, in the admin navigation.</summary>
public sealed class PendingBountiesBadgeViewComponent(BountyService bounties) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("~/Views/Shared/Components/PendingOrganizationsBadge/Default.cshtml", await bounties.PendingCountAsync(HttpContext.RequestAborted));
}
