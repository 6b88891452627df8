namespace Matchmaker.Web.Features.AdminOrganizations;

public sealed record StatusReasonInput
{
    public string Reason { get; init; } = string.Empty;
}
