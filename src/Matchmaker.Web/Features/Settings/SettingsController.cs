using Matchmaker.Domain.Common;
using Matchmaker.Web.Infrastructure.Security;
using Matchmaker.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Web.Features.Settings;

[Authorize(Policy = Policies.Admin), Route("admin/settings")]
public sealed class SettingsController(SettingsService settings) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await settings.GetAsync(null, cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Index([Bind(Prefix = "Input")] SettingsInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var changed = await settings.SaveAsync(input, User.GetUserId(), ModelState, cancellationToken);
                if (changed >= 0)
                {
                    TempData.Success(changed == 0 ? "Nothing changed." : $"Settings saved ({changed} change{(changed == 1 ? "" : "s")} recorded). A new bounty amount applies to bounties created from now on.");
                    return RedirectToAction(nameof(Index));
                }
            }
            catch (DomainException refused)
            {
                ModelState.AddModelError(string.Empty, refused.Message);
            }
        }

        return View(await settings.GetAsync(input, cancellationToken));
    }
}
