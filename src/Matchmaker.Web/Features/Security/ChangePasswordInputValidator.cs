using FluentValidation;
using Matchmaker.Web.Infrastructure.Security;

namespace Matchmaker.Web.Features.Security;

public sealed class ChangePasswordInputValidator : AbstractValidator<ChangePasswordInput>
{
    public ChangePasswordInputValidator()
    {
        RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage("Enter your current password.")
            .MaximumLength(1024).WithMessage("Password is too long.");
        RuleFor(x => x.NewPassword).NewPassword();
        RuleFor(x => x.ConfirmPassword).Equal(x => x.NewPassword).WithMessage("The two passwords do not match.");
    }
}
