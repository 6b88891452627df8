using Matchmaker.Web.Infrastructure.Security;
using Matchmaker.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Web.Features.AdminOrganizations;

[Authorize(Policy = Policies.Admin), Route("admin/organizations")]
public sealed class AdminOrganizationsController(AdminOrganizationService organizations) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(OrganizationListQuery query, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            query = new OrganizationListQuery();
        }

        return View(await organizations.ListAsync(query, cancellationToken));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var model = await organizations.GetAsync(id, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("{id:int}/authorize")]
    public Task<IActionResult> Authorize(int id, CancellationToken cancellationToken) =>
        Change(id, (o, now) => o.Authorize(User.GetUserId(), now), "authorized", null, "{0} is authorized. Its users can now share and receive leads.", cancellationToken);

    [HttpPost("{id:int}/reject")]
    public Task<IActionResult> Reject(int id, [Bind(Prefix = "ReasonInput")] StatusReasonInput input, CancellationToken cancellationToken) =>
        WithReason(id, input, (o, now) => o.Reject(input.Reason, User.GetUserId(), now), "registration rejected", "{0} was rejected.", cancellationToken);

    [HttpPost("{id:int}/suspend")]
    public Task<IActionResult> Suspend(int id, [Bind(Prefix = "ReasonInput")] StatusReasonInput input, CancellationToken cancellationToken) =>
        WithReason(id, input, (o, now) => o.Suspend(input.Reason, User.GetUserId(), now), "suspended", "{0} is suspended. It can no longer share or receive leads.", cancellationToken);

    [HttpPost("{id:int}/reinstate")]
    public Task<IActionResult> Reinstate(int id, CancellationToken cancellationToken) =>
        Change(id, (o, now) => o.Reinstate(User.GetUserId(), now), "reinstated", null, "{0} is authorized again.", cancellationToken);

    private async Task<IActionResult> WithReason(
        int id, StatusReasonInput input, Action<Domain.Organizations.PartnerOrganization, DateTime> change, string decision,
        string confirmation, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            var model = await organizations.GetAsync(id, cancellationToken);
            return model is null ? NotFound() : View(nameof(Details), model with { ReasonInput = input });
        }

        return await Change(id, change, decision, input.Reason.Trim(), confirmation, cancellationToken);
    }

    private async Task<IActionResult> Change(
        int id, Action<Domain.Organizations.PartnerOrganization, DateTime> change, string decision, string? reason,
        string confirmation, CancellationToken cancellationToken)
    {
        var name = await organizations.ChangeStatusAsync(id, change, decision, reason, cancellationToken);
        if (name is null)
        {
            return NotFound();
        }

        TempData.Success(string.Format(System.Globalization.CultureInfo.InvariantCulture, confirmation, name));
        return RedirectToAction(nameof(Details), new { id });
    }
}
