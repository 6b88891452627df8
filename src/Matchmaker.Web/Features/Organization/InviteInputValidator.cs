using FluentValidation;
using Matchmaker.Web.Infrastructure.Web;

namespace Matchmaker.Web.Features.Organization;

public sealed class InviteInputValidator : AbstractValidator<InviteInput>
{
    public InviteInputValidator() => RuleFor(x => x.Email).Email();
}
