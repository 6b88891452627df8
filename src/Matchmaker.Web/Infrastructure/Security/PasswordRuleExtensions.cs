using FluentValidation;

namespace Matchmaker.Web.Infrastructure.Security;

public static class PasswordRuleExtensions
{
    /// <summary>Length rules that also reach the browser; the common-password check runs on the server.</summary>
    public static IRuleBuilderOptions<T, string> NewPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Choose a password.")
            .MinimumLength(PasswordRules.MinimumLength).WithMessage($"Use at least {PasswordRules.MinimumLength} characters.")
            .MaximumLength(PasswordRules.MaximumLength).WithMessage($"Use at most {PasswordRules.MaximumLength} characters.");
}
