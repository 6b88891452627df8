using FluentValidation;

namespace Matchmaker.Web.Features.Security;

public sealed class EnableAuthenticatorInputValidator : AbstractValidator<EnableAuthenticatorInput>
{
    public EnableAuthenticatorInputValidator() =>
        RuleFor(x => x.Code).NotEmpty().WithMessage("Enter the 6-digit code from your authenticator app.")
            .Matches(@"^[0-9 ]{6,8}$").WithMessage("The code is the 6 digits your authenticator app shows.");
}
