using FluentValidation;

namespace Matchmaker.Web.Features.Account;

public sealed class ForgotPasswordInputValidator : AbstractValidator<ForgotPasswordInput>
{
    public ForgotPasswordInputValidator() =>
        RuleFor(x => x.Email).NotEmpty().WithMessage("Enter your email.")
            .MaximumLength(256).WithMessage("Email must be at most 256 characters.")
            .EmailAddress().WithMessage("Enter a valid email address.");
}
