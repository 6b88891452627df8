using FluentValidation;

namespace Matchmaker.Web.Features.Account;

public sealed class LoginInputValidator : AbstractValidator<LoginInput>
{
    public LoginInputValidator()
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage("Enter your email.")
            .MaximumLength(256).WithMessage("Email must be at most 256 characters.")
            .EmailAddress().WithMessage("Enter a valid email address.");
        RuleFor(x => x.Password).NotEmpty().WithMessage("Enter your password.")
            .MaximumLength(1024).WithMessage("Password is too long.");
    }
}
