using System.Globalization;
using FluentValidation;
using Matchmaker.Domain.Bounties;

namespace Matchmaker.Web.Features.Bounties;

public sealed class ApproveInputValidator : AbstractValidator<ApproveInput>
{
    public ApproveInputValidator() =>
        RuleFor(x => x.OverrideReason).MaximumLength(500).WithMessage("Keep the override reason under 500 characters.");
}

public sealed class RejectBountyInputValidator : AbstractValidator<RejectBountyInput>
{
    public RejectBountyInputValidator()
    {
        RuleFor(x => x.Reason).Must(r => Enum.TryParse<BountyRejectionReason>(r, out _) && !r.Any(char.IsDigit)).WithMessage("Choose why the bounty is rejected.");
        RuleFor(x => x.Comment).MaximumLength(1000).WithMessage("Keep the comment under 1,000 characters.");
    }
}

public sealed class PayInputValidator : AbstractValidator<PayInput>
{
    public PayInputValidator()
    {
        RuleFor(x => x.PaymentReference).NotEmpty().WithMessage("Enter the payment reference (for example the transfer number).")
            .MaximumLength(100).WithMessage("Keep the reference under 100 characters.");
        RuleFor(x => x.PaymentDate).Must(d => DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            .WithMessage("Enter the payment date.");
    }
}
