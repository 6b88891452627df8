using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Web.Features.AdminOrganizations;

/// <summary>The count of organizations waiting for verification, shown in the admin navigation.</summary>
public sealed class PendingOrganizationsBadgeViewComponent(AdminOrganizationService organizations) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var count = await organizations.PendingCountAsync(HttpContext.RequestAborted);
        return View(count);
    }
}
