using FluentValidation;
using Matchmaker.Domain.Leads;
using Matchmaker.Domain.Organizations;
using Matchmaker.Web.Infrastructure.Web;

namespace Matchmaker.Web.Features.Leads;

public sealed class LeadInputValidator : AbstractValidator<LeadInput>
{
    public LeadInputValidator()
    {
        RuleFor(x => x.Company).Text("customer's company name", 200);
        RuleFor(x => x.ContactName).Text("contact's name", 100);
        RuleFor(x => x.ContactEmail).Email();
        RuleFor(x => x.ContactPhone!).Phone().When(x => !string.IsNullOrWhiteSpace(x.ContactPhone));
        RuleFor(x => x.City).Text("city", 100);
        RuleFor(x => x.State).UsState();
        RuleFor(x => x.PostalCode).UsZip();
        RuleFor(x => x.Industry).Must(BeNamed<Industry>).WithMessage("Choose the customer's industry.");
        RuleFor(x => x.Size).Must(BeNamed<CompanySize>).WithMessage("Choose the customer's size.");
        RuleFor(x => x.CustomerConsented).Equal(true)
            .WithMessage("Confirm that the customer agreed to be contacted by a partner. Leads without consent cannot be shared.");
        RuleFor(x => x.ProductAreaIds).NotEmpty().WithMessage("Pick at least one product area.")
            .Must(ids => ids.Length <= 20).WithMessage("Pick at most 20 product areas.");
        RuleFor(x => x.Need).Text("customer's need", 4000);
        RuleFor(x => x.EstimatedValue).NotEmpty().WithMessage("Enter the estimated value in U.S. dollars.")
            .Must(v => Dollars.TryParseCents(v, out var cents) && cents <= Lead.MaxValueCents)
            .WithMessage("Enter a dollar amount like 25000 or 25,000.50 (at most $1,000,000,000).");
        RuleFor(x => x.Timeframe).Must(BeNamed<Timeframe>).WithMessage("Choose when the customer expects to buy.");
        RuleFor(x => x.Route).Must(BeNamed<LeadRoute>).WithMessage("Choose who should receive the lead.");
        RuleFor(x => x.PeerIds).NotEmpty().When(x => x.Route == nameof(LeadRoute.Peer))
            .WithMessage("Pick at least one preferred peer, or send the lead to the vendor instead.");
        RuleFor(x => x.PeerIds).Must(ids => ids.Length <= 25).WithMessage("Offer the lead to at most 25 peers at once.");
    }

    private static bool BeNamed<TEnum>(string? value)
        where TEnum : struct, Enum =>
        !string.IsNullOrEmpty(value) && !value.Any(char.IsDigit) && Enum.TryParse<TEnum>(value, out _);
}
