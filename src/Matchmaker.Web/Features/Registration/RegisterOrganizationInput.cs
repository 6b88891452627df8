namespace Matchmaker.Web.Features.Registration;

public sealed record RegisterOrganizationInput
{
    public string LegalName { get; init; } = string.Empty;

    public string PartnerNumber { get; init; } = string.Empty;

    public string Street { get; init; } = string.Empty;

    public string City { get; init; } = string.Empty;

    public string State { get; init; } = string.Empty;

    public string PostalCode { get; init; } = string.Empty;

    public string Phone { get; init; } = string.Empty;

    public string? Website { get; init; }

    public string Country { get; init; } = "US";

    public string AdminName { get; init; } = string.Empty;

    public string Email { get; init; } = string.Empty;

    public string Password { get; init; } = string.Empty;

    public string ConfirmPassword { get; init; } = string.Empty;
}
