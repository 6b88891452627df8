using FluentValidation;
using Matchmaker.Web.Infrastructure.Time;

namespace Matchmaker.Web.Features.Security;

public sealed class ProfileInputValidator : AbstractValidator<ProfileInput>
{
    public ProfileInputValidator()
    {
        RuleFor(x => x.DisplayName).NotEmpty().WithMessage("Enter your name.")
            .MaximumLength(100).WithMessage("Name must be at most 100 characters.");
        RuleFor(x => x.TimeZoneId).Must(UsTimeZones.IsValid).WithMessage("Choose a U.S. time zone.");
    }
}
