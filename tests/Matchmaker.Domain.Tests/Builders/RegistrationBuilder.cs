using Matchmaker.Domain.Organizations;

namespace Matchmaker.Domain.Tests.Builders;

/// <summary>A valid U.S. registration; each test changes only the field it is about.</summary>
public sealed record RegistrationBuilder
{
    public static readonly DateTime Now = new(2026, 3, 2, 15, 30, 0, DateTimeKind.Utc);

    public string LegalName { get; init; } = "Prairie Ledger Consulting LLC";

    public string PartnerNumber { get; init; } = "7312044";

    public string Street { get; init; } = "100 N Main St";

    public string City { get; init; } = "Springfield";

    public string State { get; init; } = "IL";

    public string PostalCode { get; init; } = "62701";

    public string Phone { get; init; } = "(217) 555-0100";

    public string? Website { get; init; } = "https://prairieledger.example";

    public string CountryCode { get; init; } = "US";

    public PartnerRegistration Build() =>
        new(LegalName, PartnerNumber, Street, City, State, PostalCode, Phone, Website, CountryCode);

    public PartnerOrganization Register(string? byUserId = "registrant-1") =>
        PartnerOrganization.Register(Build(), byUserId, Now);
}
