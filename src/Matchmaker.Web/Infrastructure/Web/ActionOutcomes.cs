using Matchmaker.Domain.Common;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Web.Infrastructure.Web;

/// <summary>
/// How a lifecycle action ends for the user (post/redirect/get): invalid input or a refused rule
/// comes back as a message on the page it came from, a record the user may not act on is a 404,
/// and success is confirmed in one line.
/// </summary>
public static class ActionOutcomes
{
    public static async Task<IActionResult> ActAsync(
        this Controller controller, Func<Task<bool>> action, string confirmation, Func<IActionResult> back,
        Func<DomainException, Task<string>>? explain = null)
    {
        if (!controller.ModelState.IsValid)
        {
            controller.TempData.Error(string.Join(" ", controller.ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Distinct()));
            return back();
        }

        try
        {
            if (!await action())
            {
                return controller.NotFound();
            }

            controller.TempData.Success(confirmation);
        }
        catch (DomainException refused)
        {
            controller.TempData.Error(explain is null ? refused.Message : await explain(refused));
        }

        return back();
    }
}
