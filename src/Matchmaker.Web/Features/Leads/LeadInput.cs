namespace Matchmaker.Web.Features.Leads;

/// <summary>
/// The lead submission form. Checkbox lists are arrays: MVC cannot bind into a read-only list
/// that already has a value.
/// </summary>
public sealed record LeadInput
{
    public string Company { get; init; } = string.Empty;

    public string ContactName { get; init; } = string.Empty;

    public string ContactEmail { get; init; } = string.Empty;

    public string? ContactPhone { get; init; }

    public string City { get; init; } = string.Empty;

    public string State { get; init; } = string.Empty;

    public string PostalCode { get; init; } = string.Empty;

    public string Industry { get; init; } = string.Empty;

    public string Size { get; init; } = string.Empty;

    public bool CustomerConsented { get; init; }

    public int[] ProductAreaIds { get; init; } = [];

    public string Need { get; init; } = string.Empty;

    /// <summary>Dollars as typed ("25000" or "25,000.50"); turned into cents on the server.</summary>
    public string EstimatedValue { get; init; } = string.Empty;

    public string Timeframe { get; init; } = string.Empty;

    public string Route { get; init; } = "Peer";

    public int[] PeerIds { get; init; } = [];

    public bool ClaimBounty { get; init; }

    public bool RequireOwnerConsent { get; init; }
}
