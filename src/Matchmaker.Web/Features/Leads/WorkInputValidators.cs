using FluentValidation;
using Matchmaker.Domain.Leads;
using Matchmaker.Web.Infrastructure.Web;

namespace Matchmaker.Web.Features.Leads;

public sealed class StageInputValidator : AbstractValidator<StageInput>
{
    public StageInputValidator() =>
        RuleFor(x => x.Stage).Must(s => Enum.TryParse<SalesStage>(s, out _) && !s.Any(char.IsDigit)).WithMessage("Choose a sales stage.");
}

public sealed class WonInputValidator : AbstractValidator<WonInput>
{
    public WonInputValidator()
    {
        RuleFor(x => x.WonValue).NotEmpty().WithMessage("Enter the value of the won deal in U.S. dollars.")
            .Must(v => Dollars.TryParseCents(v, out var cents) && cents > 0 && cents <= Lead.MaxValueCents)
            .WithMessage("Enter a dollar amount above $0, like 48000 or 48,000.00.");
        RuleFor(x => x.Comment).MaximumLength(1000).WithMessage("Keep the comment under 1,000 characters.");
    }
}

public sealed class LostInputValidator : AbstractValidator<LostInput>
{
    public LostInputValidator()
    {
        RuleFor(x => x.Reason).Must(r => Enum.TryParse<OutcomeReason>(r, out var reason) && !r.Any(char.IsDigit) && LeadNames.LossReasons.Contains(reason))
            .WithMessage("Choose why the deal was lost.");
        RuleFor(x => x.Comment).MaximumLength(1000).WithMessage("Keep the comment under 1,000 characters.");
        RuleFor(x => x.Comment).NotEmpty().When(x => x.Reason == nameof(OutcomeReason.Other)).WithMessage("Say a few words when the reason is Other.");
    }
}

public sealed class OfferPeersInputValidator : AbstractValidator<OfferPeersInput>
{
    public OfferPeersInputValidator() =>
        RuleFor(x => x.PeerIds).NotEmpty().WithMessage("Pick at least one peer to offer the lead to.")
            .Must(ids => ids.Length <= 25).WithMessage("Offer the lead to at most 25 peers at once.");
}
