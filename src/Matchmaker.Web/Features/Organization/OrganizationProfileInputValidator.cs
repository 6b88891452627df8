using FluentValidation;
using Matchmaker.Domain.Common;
using Matchmaker.Domain.Organizations;
using Matchmaker.Web.Infrastructure.Web;

namespace Matchmaker.Web.Features.Organization;

public sealed class OrganizationProfileInputValidator : AbstractValidator<OrganizationProfileInput>
{
    public OrganizationProfileInputValidator()
    {
        RuleFor(x => x.LegalName).Text("legal name", 200);
        RuleFor(x => x.Street).Text("street address", 200);
        RuleFor(x => x.City).Text("city", 100);
        RuleFor(x => x.State).UsState();
        RuleFor(x => x.PostalCode).UsZip();
        RuleFor(x => x.Phone).Phone();
        RuleFor(x => x.Website).Website();
        RuleFor(x => x.ProductAreaIds).NotEmpty().WithMessage("Pick at least one product area you sell and service.")
            .Must(ids => ids.Length <= 50).WithMessage("Too many product areas.");
        RuleFor(x => x.StatesServed).NotEmpty().WithMessage("Pick at least one state you serve.")
            .Must(states => states.All(UsStates.IsValid)).WithMessage("Pick states from the list.");
        RuleFor(x => x.Industries).Must(list => list.All(i => Enum.TryParse<Industry>(i, out _) && !int.TryParse(i, out _)))
            .WithMessage("Pick industries from the list.");
        RuleFor(x => x.Capacity).InclusiveBetween(0, PartnerOrganization.MaxCapacity)
            .WithMessage($"Capacity is a number of open referrals from 0 to {PartnerOrganization.MaxCapacity}.");
    }
}
