namespace Matchmaker.Web.Features.Organization;

public sealed record OrganizationProfileInput
{
    public string LegalName { get; init; } = string.Empty;

    public string Street { get; init; } = string.Empty;

    public string City { get; init; } = string.Empty;

    public string State { get; init; } = string.Empty;

    public string PostalCode { get; init; } = string.Empty;

    public string Phone { get; init; } = string.Empty;

    public string? Website { get; init; }

    public int[] ProductAreaIds { get; init; } = [];

    public string[] StatesServed { get; init; } = [];

    public string[] Industries { get; init; } = [];

    public bool AcceptingReferrals { get; init; }

    public int Capacity { get; init; }

    /// <summary>The concurrency token the form was loaded with.</summary>
    public Guid Version { get; init; }
}
