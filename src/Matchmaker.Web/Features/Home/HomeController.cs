using Matchmaker.Data.Identity;
using Matchmaker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Web.Features.Home;

[AllowAnonymous]
public sealed class HomeController(HomeService home) : Controller
{
    /// <summary>Each role lands on a page that says what to do next.</summary>
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return View("Landing");
        }

        if (User.IsInRole(Roles.Admin) || User.IsInRole(Roles.AccountManager))
        {
            return View("StaffHome", new StaffHomeViewModel(
                User.GetDisplayName(), await home.NetworkAsync(cancellationToken), await home.StaffCountAsync(cancellationToken)));
        }

        if (User.GetOrganizationId() is { } organizationId)
        {
            var model = await home.PartnerAsync(organizationId, User.IsOrganizationAdmin(), cancellationToken);
            if (model is not null)
            {
                return View("PartnerHome", model);
            }
        }

        return View("NoRole");
    }

    // Any method: a refused POST is re-executed here with its own method, and must keep its status code.
    [Route("/error"), IgnoreAntiforgeryToken]
    public IActionResult Error()
    {
        var feature = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View("Error", new ErrorViewModel(500, HttpContext.TraceIdentifier, feature is not null));
    }

    [Route("/error/{code:int}"), IgnoreAntiforgeryToken]
    public IActionResult StatusPage(int code) => View("Error", new ErrorViewModel(code, HttpContext.TraceIdentifier, false));
}
