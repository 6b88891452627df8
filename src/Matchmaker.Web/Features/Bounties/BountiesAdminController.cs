using Matchmaker.Domain.Bounties;
using Matchmaker.Domain.Common;
using Matchmaker.Web.Infrastructure.Security;
using Matchmaker.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Web.Features.Bounties;

/// <summary>The admins' bounty desk: evidence, approval within the budget, rejection, payment and the payment export.</summary>
[Authorize(Policy = Policies.Admin), Route("admin/bounties")]
public sealed class BountiesAdminController(BountyService bounties, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(BountyStatus? status, CancellationToken cancellationToken) =>
        View(await bounties.ListAsync(status is { } s && Enum.IsDefined(s) ? s : BountyStatus.PendingApproval, User.GetUserId(), cancellationToken));

    [HttpPost("{id:int}/approve")]
    public Task<IActionResult> Approve(int id, ApproveInput input, CancellationToken cancellationToken) =>
        Act(() => bounties.ApproveAsync(id, User.GetUserId(), input.OverrideReason, cancellationToken), BountyStatus.PendingApproval,
            "Bounty approved. Another admin marks it paid after the payment run.");

    [HttpPost("{id:int}/reject")]
    public Task<IActionResult> Reject(int id, RejectBountyInput input, CancellationToken cancellationToken) =>
        Act(() => bounties.RejectAsync(id, User.GetUserId(), input, cancellationToken), BountyStatus.PendingApproval,
            "Bounty rejected. The partner sees the reason.");

    [HttpPost("{id:int}/pay")]
    public Task<IActionResult> Pay(int id, PayInput input, CancellationToken cancellationToken) =>
        Act(() => bounties.MarkPaidAsync(id, User.GetUserId(), input, cancellationToken), BountyStatus.Approved,
            "Bounty marked paid. The partner sees it paid.");

    [HttpGet("export")]
    public async Task<IActionResult> Export(CancellationToken cancellationToken)
    {
        var csv = await bounties.ExportApprovedCsvAsync(cancellationToken);
        return File(csv, "text/csv", $"matchmaker-bounties-{clock.GetUtcNow():yyyy-MM-dd}.csv");
    }

    private Task<IActionResult> Act(Func<Task<bool>> action, BountyStatus back, string confirmation) =>
        this.ActAsync(action, confirmation, () => RedirectToAction(nameof(Index), new { status = back }));
}
