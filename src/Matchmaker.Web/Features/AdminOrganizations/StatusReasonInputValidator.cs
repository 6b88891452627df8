using FluentValidation;

namespace Matchmaker.Web.Features.AdminOrganizations;

public sealed class StatusReasonInputValidator : AbstractValidator<StatusReasonInput>
{
    public StatusReasonInputValidator() =>
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Give a reason: the organization will see it.")
            .MaximumLength(500).WithMessage("Keep the reason under 500 characters.");
}
