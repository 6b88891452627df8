namespace Matchmaker.Web.Features.Security;

public sealed record ProfileInput
{
    public string DisplayName { get; init; } = string.Empty;

    public string TimeZoneId { get; init; } = string.Empty;
}
