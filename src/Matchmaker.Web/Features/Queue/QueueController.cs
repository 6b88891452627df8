using Matchmaker.Domain.Common;
using Matchmaker.Domain.Leads;
using Matchmaker.Web.Features.Leads;
using Matchmaker.Web.Infrastructure.Security;
using Matchmaker.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Web.Features.Queue;

/// <summary>The account managers' review queue.</summary>
[Authorize(Policy = Policies.AccountManager), Route("queue")]
public sealed class QueueController(QueueService queue) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(QueueQuery query, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            query = new QueueQuery();
        }

        return View(await queue.ListAsync(query, User.GetUserId(), cancellationToken));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Lead(int id, string? search, CancellationToken cancellationToken)
    {
        var model = await queue.GetAsync(id, LeadViewer.From(User), search, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("{id:int}/claim")]
    public Task<IActionResult> Claim(int id, CancellationToken cancellationToken) =>
        Act(id, () => queue.ClaimAsync(id, User.GetUserId(), takeOver: false, cancellationToken), "You hold this lead now. Other account managers see that it is yours.");

    [HttpPost("{id:int}/take-over")]
    public Task<IActionResult> TakeOver(int id, CancellationToken cancellationToken) =>
        Act(id, () => queue.ClaimAsync(id, User.GetUserId(), takeOver: true, cancellationToken), "You took the lead over. The history records it.");

    [HttpPost("{id:int}/release")]
    public Task<IActionResult> Release(int id, CancellationToken cancellationToken) =>
        Act(id, () => queue.ReleaseAsync(id, User.GetUserId(), cancellationToken), "Released: the lead is unclaimed in the queue again.");

    [HttpPost("{id:int}/reject")]
    public Task<IActionResult> Reject(int id, [Bind(Prefix = "Reject")] RejectInput input, CancellationToken cancellationToken) =>
        Act(id, () => queue.RejectAsync(id, input, User.GetUserId(), cancellationToken), "The lead is rejected. The owner sees your reason.");

    [HttpPost("{id:int}/refer")]
    public Task<IActionResult> Refer(int id, ReferInput input, CancellationToken cancellationToken) =>
        Act(id, () => queue.ReferAsync(id, input.OrganizationIds, User.GetUserId(), cancellationToken),
            "Referred. Offers went out (or, where the owner asked to approve first, wait for the owner's consent).");

    private Task<IActionResult> Act(int id, Func<Task<bool>> action, string confirmation) =>
        this.ActAsync(action, confirmation, () => RedirectToAction(nameof(Lead), new { id }), async refused => refused is LeadHeldException held
            ? $"{await queue.NameOfAsync(held.HolderUserId, HttpContext.RequestAborted)} holds this lead. Take it over explicitly if you need to act on it."
            : refused.Message);
}
