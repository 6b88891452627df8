using Matchmaker.Data.Identity;
using Matchmaker.Web.Infrastructure.Security;
using Matchmaker.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Matchmaker.Web.Features.Registration;

[AllowAnonymous, Route("register")]
public sealed class RegistrationController(RegistrationService registration, SignInManager<ApplicationUser> signInManager)
    : Controller
{
    [HttpGet("")]
    public IActionResult Index() =>
        User.Identity?.IsAuthenticated == true ? RedirectToAction("Index", "Home") : View(new RegisterOrganizationInput());

    [HttpPost(""), EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> Index(RegisterOrganizationInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(Blanked(input));
        }

        var user = await registration.RegisterAsync(input, ModelState, cancellationToken);
        if (user is null)
        {
            return View(Blanked(input));
        }

        await signInManager.SignInAsync(user, isPersistent: false);
        TempData.Success($"{input.LegalName.Trim()} is registered. The program team will verify it; you will get an email when it is authorized.");
        return RedirectToAction("Index", "Home");
    }

    private static RegisterOrganizationInput Blanked(RegisterOrganizationInput input) =>
        input with { Password = string.Empty, ConfirmPassword = string.Empty };
}
