namespace Matchmaker.Web.Features.Offers;

public sealed record DeclineInput
{
    public string Reason { get; init; } = string.Empty;

    public string? Comment { get; init; }
}
