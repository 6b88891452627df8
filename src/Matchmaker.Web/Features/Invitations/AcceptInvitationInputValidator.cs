using FluentValidation;
using Matchmaker.Web.Infrastructure.Security;
using Matchmaker.Web.Infrastructure.Web;

namespace Matchmaker.Web.Features.Invitations;

public sealed class AcceptInvitationInputValidator : AbstractValidator<AcceptInvitationInput>
{
    public AcceptInvitationInputValidator()
    {
        RuleFor(x => x.Token).NotEmpty().WithMessage("This invitation link is incomplete.")
            .MaximumLength(200).WithMessage("This invitation link is not valid.");
        RuleFor(x => x.DisplayName).Text("your name", 100);
        RuleFor(x => x.Password).NewPassword();
        RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage("The two passwords do not match.");
    }
}
