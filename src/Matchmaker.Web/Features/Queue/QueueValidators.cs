using FluentValidation;
using Matchmaker.Domain.Leads;

namespace Matchmaker.Web.Features.Queue;

public sealed class RejectInputValidator : AbstractValidator<RejectInput>
{
    public RejectInputValidator()
    {
        RuleFor(x => x.Reason).Must(r => Enum.TryParse<QueueRejectionReason>(r, out _) && !r.Any(char.IsDigit))
            .WithMessage("Choose why the lead is rejected: the owner sees it.");
        RuleFor(x => x.Comment).MaximumLength(1000).WithMessage("Keep the comment under 1,000 characters.");
    }
}

public sealed class ReferInputValidator : AbstractValidator<ReferInput>
{
    public ReferInputValidator() =>
        RuleFor(x => x.OrganizationIds).NotEmpty().WithMessage("Pick at least one qualified partner.")
            .Must(ids => ids.Length <= 10).WithMessage("Refer the lead to at most 10 partners at once.");
}
