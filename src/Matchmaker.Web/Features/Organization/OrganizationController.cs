using Matchmaker.Web.Infrastructure.Security;
using Matchmaker.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Web.Features.Organization;

/// <summary>The signed-in partner's own organization.</summary>
[Authorize(Policy = Policies.Partner), Route("organization")]
public sealed class OrganizationController(OrganizationService organizations, PublicUrls urls) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var model = await organizations.GetProfileAsync(
            User.RequiredOrganizationId(), User.GetUserId(), User.IsOrganizationAdmin(), cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("edit"), Authorize(Policy = Policies.OrganizationAdmin)]
    public async Task<IActionResult> Edit(CancellationToken cancellationToken)
    {
        var model = await organizations.GetEditAsync(User.RequiredOrganizationId(), cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("edit"), Authorize(Policy = Policies.OrganizationAdmin)]
    public async Task<IActionResult> Edit([Bind(Prefix = "Input")] OrganizationProfileInput input, CancellationToken cancellationToken)
    {
        var organizationId = User.RequiredOrganizationId();
        if (ModelState.IsValid && await organizations.UpdateAsync(organizationId, input, ModelState, cancellationToken))
        {
            TempData.Success("Your organization's profile is saved.");
            return RedirectToAction(nameof(Index));
        }

        var current = await organizations.GetEditAsync(organizationId, cancellationToken);
        return View(current! with { Input = input });
    }

    [HttpPost("invitations"), Authorize(Policy = Policies.OrganizationAdmin)]
    public async Task<IActionResult> Invite([Bind(Prefix = "Invite")] InviteInput input, CancellationToken cancellationToken)
    {
        var organizationId = User.RequiredOrganizationId();
        if (ModelState.IsValid && await organizations.InviteAsync(
                organizationId, User.GetUserId(), input.Email,
                token => urls.Absolute(Url.Action("Accept", "Invitations", new { token })!),
                ModelState, cancellationToken))
        {
            TempData.Success($"Invitation sent to {input.Email.Trim()}. The link works once and expires in 7 days.");
            return RedirectToAction(nameof(Index));
        }

        var model = await organizations.GetProfileAsync(organizationId, User.GetUserId(), canManage: true, cancellationToken);
        return View(nameof(Index), model! with { Invite = input });
    }

    [HttpPost("invitations/{id:int}/revoke"), Authorize(Policy = Policies.OrganizationAdmin)]
    public async Task<IActionResult> RevokeInvitation(int id, CancellationToken cancellationToken)
    {
        if (!await organizations.RevokeInvitationAsync(User.RequiredOrganizationId(), id, cancellationToken))
        {
            return NotFound();
        }

        TempData.Success("Invitation withdrawn. Its link no longer works.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("members/{id}/remove"), Authorize(Policy = Policies.OrganizationAdmin)]
    public async Task<IActionResult> RemoveMember(string id, CancellationToken cancellationToken)
    {
        var name = await organizations.RemoveMemberAsync(User.RequiredOrganizationId(), User.GetUserId(), id, cancellationToken);
        if (name is null)
        {
            return NotFound();
        }

        TempData.Success($"{name} was removed from your organization and can no longer sign in.");
        return RedirectToAction(nameof(Index));
    }
}
