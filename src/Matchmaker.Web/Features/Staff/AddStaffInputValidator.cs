using FluentValidation;
using Matchmaker.Web.Infrastructure.Web;
using StaffRoles = Matchmaker.Data.Identity.Roles;

namespace Matchmaker.Web.Features.Staff;

public sealed class AddStaffInputValidator : AbstractValidator<AddStaffInput>
{
    public AddStaffInputValidator()
    {
        RuleFor(x => x.DisplayName).Text("name", 100);
        RuleFor(x => x.Email).Email();
        RuleFor(x => x.Roles).NotEmpty().WithMessage("Pick at least one role.")
            .Must(roles => roles.All(StaffRoles.Staff.Contains)).WithMessage("Pick roles from the list.");
    }
}
