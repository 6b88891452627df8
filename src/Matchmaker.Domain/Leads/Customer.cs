namespace Matchmaker.Domain.Leads;

/// <summary>The customer behind a lead: its identity is hidden from receivers until they accept.</summary>
public sealed record Customer(
    string Company,
    string ContactName,
    string Email,
    string? Phone,
    string City,
    string State,
    string PostalCode,
    Organizations.Industry Industry,
    CompanySize Size);
