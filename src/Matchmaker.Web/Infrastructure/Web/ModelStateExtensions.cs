using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Matchmaker.Web.Infrastructure.Web;

public static class ModelStateExtensions
{
    /// <summary>Puts Identity's errors beside the field they concern (password errors beside the password).</summary>
    public static void AddIdentityErrors(this ModelStateDictionary modelState, IdentityResult result, string passwordField, string emailField = "Email")
    {
        foreach (var error in result.Errors)
        {
            var field = error.Code switch
            {
                _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => passwordField,
                "CommonPassword" => passwordField,
                "DuplicateEmail" or "DuplicateUserName" or "InvalidEmail" or "InvalidUserName" => emailField,
                _ => string.Empty,
            };
            var message = error.Code is "DuplicateEmail" or "DuplicateUserName"
                ? "An account with this email already exists. Sign in instead, or use another email."
                : error.Description;
            if (modelState[field]?.Errors.Any(e => e.ErrorMessage == message) != true)
            {
                modelState.AddModelError(field, message);
            }
        }
    }
}
