using FluentValidation;
using Matchmaker.Web.Infrastructure.Security;

namespace Matchmaker.Web.Features.Account;

public sealed class ResetPasswordInputValidator : AbstractValidator<ResetPasswordInput>
{
    public ResetPasswordInputValidator()
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage("Enter your email.").EmailAddress().WithMessage("Enter a valid email address.")
            .MaximumLength(256).WithMessage("Email must be at most 256 characters.");
        RuleFor(x => x.Token).NotEmpty().WithMessage("This reset link is incomplete. Ask for a new one.")
            .MaximumLength(2048).WithMessage("This reset link is not valid. Ask for a new one.");
        RuleFor(x => x.Password).NewPassword();
        RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage("The two passwords do not match.");
    }
}
