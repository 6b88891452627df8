using FluentValidation;

namespace Matchmaker.Web.Features.Account;

public sealed class RecoveryCodeInputValidator : AbstractValidator<RecoveryCodeInput>
{
    public RecoveryCodeInputValidator() =>
        RuleFor(x => x.Code).NotEmpty().WithMessage("Enter one of your recovery codes.")
            .MaximumLength(40).WithMessage("A recovery code is shorter than that.");
}
