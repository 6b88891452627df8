using Matchmaker.Data.Identity;
using Matchmaker.Web.Infrastructure.Security;
using Matchmaker.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Matchmaker.Web.Features.Invitations;

[AllowAnonymous, Route("invitations")]
public sealed class InvitationsController(InvitationService invitations, SignInManager<ApplicationUser> signInManager) : Controller
{
    [HttpGet("accept")]
    public async Task<IActionResult> Accept(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 200)
        {
            return InvalidLink("This invitation link is not valid. Check that you copied the whole link.");
        }

        var (invitation, problem) = await invitations.FindAsync(token, cancellationToken);
        return invitation is null ? InvalidLink(problem!) : View(invitation);
    }

    [HttpPost("accept"), EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> Accept([Bind(Prefix = "Input")] AcceptInvitationInput input, CancellationToken cancellationToken)
    {
        var (invitation, problem) = await invitations.FindAsync(input.Token ?? string.Empty, cancellationToken);
        if (invitation is null)
        {
            return InvalidLink(problem!);
        }

        var blanked = input with { Password = string.Empty, ConfirmPassword = string.Empty };
        if (!ModelState.IsValid)
        {
            return View(invitation with { Input = blanked });
        }

        var user = await invitations.AcceptAsync(input, ModelState, cancellationToken);
        if (user is null)
        {
            return View(invitation with { Input = blanked });
        }

        if (signInManager.IsSignedIn(User))
        {
            await signInManager.SignOutAsync();
        }

        await signInManager.SignInAsync(user, isPersistent: false);
        TempData.Success($"Welcome to {invitation.OrganizationName} on Matchmaker.");
        return RedirectToAction("Index", "Home");
    }

    private ViewResult InvalidLink(string message)
    {
        Response.StatusCode = StatusCodes.Status410Gone;
        return View("Invalid", message);
    }
}
