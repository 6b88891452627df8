using Matchmaker.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Infrastructure.Web;

/// <summary>
/// Last line of defence: a broken business rule or a lost optimistic-concurrency race that an action
/// did not handle itself becomes a clear 409 page, never a 500.
/// </summary>
public sealed class DomainExceptionFilter(ITempDataDictionaryFactory tempDataFactory, ILogger<DomainExceptionFilter> logger)
    : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        var message = context.Exception switch
        {
            DomainException domain => domain.Message,
            DbUpdateConcurrencyException => "Someone else changed this record at the same time. Reload the page to see its current state and try again.",
            _ => null,
        };
        if (message is null)
        {
            return;
        }

        logger.LogInformation("Refused {Action}: {Reason}", context.ActionDescriptor.DisplayName, message);
        var result = new ViewResult
        {
            ViewName = "Conflict",
            StatusCode = StatusCodes.Status409Conflict,
            ViewData = new ViewDataDictionary<string>(
                new Microsoft.AspNetCore.Mvc.ModelBinding.EmptyModelMetadataProvider(), context.ModelState) { Model = message },
            TempData = tempDataFactory.GetTempData(context.HttpContext),
        };
        context.Result = result;
        context.ExceptionHandled = true;
    }
}
