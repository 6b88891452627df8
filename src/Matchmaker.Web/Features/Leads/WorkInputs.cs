namespace Matchmaker.Web.Features.Leads;

public sealed record StageInput
{
    public string Stage { get; init; } = string.Empty;
}

public sealed record WonInput
{
    public string WonValue { get; init; } = string.Empty;

    public string? Comment { get; init; }
}

public sealed record LostInput
{
    public string Reason { get; init; } = string.Empty;

    public string? Comment { get; init; }
}

public sealed record OfferPeersInput
{
    public int[] PeerIds { get; init; } = [];
}
