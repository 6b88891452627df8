namespace Matchmaker.Domain.Organizations;

/// <summary>What a partner gives when it registers its organization.</summary>
public sealed record PartnerRegistration(
    string LegalName,
    string PartnerNumber,
    string Street,
    string City,
    string State,
    string PostalCode,
    string Phone,
    string? Website,
    string CountryCode);
