using Matchmaker.Data.Identity;
using Matchmaker.Domain.Common;
using Matchmaker.Web.Features.Account;
using Matchmaker.Web.Infrastructure.Security;
using Matchmaker.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Web.Features.Staff;

[Authorize(Policy = Policies.Admin), Route("admin/staff")]
public sealed class StaffController(StaffService staff, PublicUrls urls) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new StaffListViewModel(await staff.ListAsync(cancellationToken), User.GetUserId(), new AddStaffInput()));

    [HttpPost("")]
    public async Task<IActionResult> Add([Bind(Prefix = "Add")] AddStaffInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && await staff.AddAsync(
                input,
                (email, token) => urls.Absolute(Url.Action("ResetPassword", "Account", new { email, token = ResetTokens.Encode(token) })!),
                ModelState, cancellationToken))
        {
            TempData.Success($"{input.DisplayName.Trim()} was added and emailed a link to set a password.");
            return RedirectToAction(nameof(Index));
        }

        return View(nameof(Index), new StaffListViewModel(await staff.ListAsync(cancellationToken), User.GetUserId(), input));
    }

    [HttpPost("{id}/grant")]
    public async Task<IActionResult> Grant(string id, RoleChangeInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        var name = await staff.GrantAsync(id, input.Role, cancellationToken);
        if (name is null)
        {
            return NotFound();
        }

        TempData.Success($"{name} now has the {Roles.Display(input.Role)} role.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/revoke")]
    public async Task<IActionResult> Revoke(string id, RoleChangeInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        string? name;
        try
        {
            name = await staff.RevokeAsync(id, input.Role, cancellationToken);
        }
        catch (DomainException refused)
        {
            TempData.Error(refused.Message);
            return RedirectToAction(nameof(Index));
        }

        if (name is null)
        {
            return NotFound();
        }

        TempData.Success($"{name} no longer has the {Roles.Display(input.Role)} role.");
        return RedirectToAction(nameof(Index));
    }
}
