using FluentValidation;
using StaffRoles = Matchmaker.Data.Identity.Roles;

namespace Matchmaker.Web.Features.Staff;

public sealed class RoleChangeInputValidator : AbstractValidator<RoleChangeInput>
{
    public RoleChangeInputValidator() =>
        RuleFor(x => x.Role).Must(StaffRoles.Staff.Contains).WithMessage("Pick a staff role.");
}
