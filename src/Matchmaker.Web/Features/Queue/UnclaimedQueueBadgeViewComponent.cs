using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Web.Features.Queue;

/// <summary>Unclaimed leads in the review queue, in the account managers' navigation.</summary>
public sealed class UnclaimedQueueBadgeViewComponent(QueueService queue) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await queue.UnclaimedCountAsync(HttpContext.RequestAborted));
}
