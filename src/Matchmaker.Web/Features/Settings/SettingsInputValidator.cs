using FluentValidation;
using Matchmaker.Web.Infrastructure.Web;

namespace Matchmaker.Web.Features.Settings;

public sealed class SettingsInputValidator : AbstractValidator<SettingsInput>
{
    public SettingsInputValidator()
    {
        RuleFor(x => x.BountyAmount).Must(v => Dollars.TryParseCents(v, out var c) && c is >= 100 and <= 10_000_000)
            .WithMessage("Enter a bounty amount between $1.00 and $100,000.00.");
        RuleFor(x => x.BountyBudget).Must(v => Dollars.TryParseCents(v, out var c) && c is >= 0 and <= 100_000_000_000)
            .WithMessage("Enter a budget between $0 and $1,000,000,000.");
        RuleFor(x => x.ReferralResponseDays).InclusiveBetween(1, 60).WithMessage("Between 1 and 60 days.");
        RuleFor(x => x.QueueServiceLevelBusinessDays).InclusiveBetween(1, 30).WithMessage("Between 1 and 30 business days.");
        RuleFor(x => x.DuplicateWindowDays).InclusiveBetween(1, 730).WithMessage("Between 1 and 730 days.");
    }
}
