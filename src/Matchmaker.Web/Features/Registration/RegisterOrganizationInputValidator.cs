using FluentValidation;
using Matchmaker.Domain.Common;
using Matchmaker.Web.Infrastructure.Security;
using Matchmaker.Web.Infrastructure.Web;

namespace Matchmaker.Web.Features.Registration;

public sealed class RegisterOrganizationInputValidator : AbstractValidator<RegisterOrganizationInput>
{
    public RegisterOrganizationInputValidator()
    {
        RuleFor(x => x.Country).Equal(Countries.UnitedStates).WithMessage(Countries.OnlyUsMessage);
        RuleFor(x => x.LegalName).Text("legal name", 200);
        RuleFor(x => x.PartnerNumber).NotEmpty().WithMessage("Enter your partner ID.")
            .Matches(@"^[0-9]{6,10}$").WithMessage("Partner ID is your partner-network number: 6 to 10 digits, nothing else.");
        RuleFor(x => x.Street).Text("street address", 200);
        RuleFor(x => x.City).Text("city", 100);
        RuleFor(x => x.State).UsState();
        RuleFor(x => x.PostalCode).UsZip();
        RuleFor(x => x.Phone).Phone();
        RuleFor(x => x.Website).Website();
        RuleFor(x => x.AdminName).Text("your name", 100);
        RuleFor(x => x.Email).Email();
        RuleFor(x => x.Password).NewPassword();
        RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage("The two passwords do not match.");
    }
}
