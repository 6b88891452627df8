using FluentValidation;
using Matchmaker.Domain.Leads;

namespace Matchmaker.Web.Features.Offers;

public sealed class DeclineInputValidator : AbstractValidator<DeclineInput>
{
    public DeclineInputValidator()
    {
        RuleFor(x => x.Reason).Must(r => Enum.TryParse<OutcomeReason>(r, out var reason) && !r.Any(char.IsDigit) && LeadNames.DeclineReasons.Contains(reason))
            .WithMessage("Choose why you are declining: the owner sees it and it helps them find the right partner.");
        RuleFor(x => x.Comment).MaximumLength(1000).WithMessage("Keep the comment under 1,000 characters.");
        RuleFor(x => x.Comment).NotEmpty().When(x => x.Reason == nameof(OutcomeReason.Other))
            .WithMessage("Say a few words when the reason is Other.");
    }
}
