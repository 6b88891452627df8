using Matchmaker.Domain.Common;
using Matchmaker.Domain.Network;
using Matchmaker.Web.Infrastructure.Security;
using Matchmaker.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Web.Features.Network;

[Authorize(Policy = Policies.AuthorizedPartner), Route("network")]
public sealed class NetworkController(NetworkService network) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await network.GetAsync(User.RequiredOrganizationId(), cancellationToken));

    [HttpPost("{id:int}/add")]
    public async Task<IActionResult> Add(int id, RelationshipInput input, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(input.Kind))
        {
            return BadRequest();
        }

        try
        {
            var name = await network.AddAsync(User.RequiredOrganizationId(), id, input.Kind, User.GetUserId(), cancellationToken);
            if (name is null)
            {
                return NotFound();
            }

            TempData.Success(input.Kind == RelationshipKind.Preferred
                ? $"{name} is now a preferred peer: you can offer it your leads."
                : $"{name} is excluded: your leads will never be offered or referred to it.");
        }
        catch (DomainException refused)
        {
            TempData.Error(refused.Message);
        }

        return Back(input.ReturnUrl);
    }

    [HttpPost("{id:int}/remove")]
    public async Task<IActionResult> Remove(int id, RelationshipInput input, CancellationToken cancellationToken)
    {
        var name = await network.RemoveAsync(User.RequiredOrganizationId(), id, cancellationToken);
        if (name is null)
        {
            return NotFound();
        }

        TempData.Success($"{name} was removed from your list.");
        return Back(input.ReturnUrl);
    }

    private IActionResult Back(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToAction(nameof(Index));
}
