namespace Matchmaker.Web.Features.Staff;

public sealed record AddStaffInput
{
    public string DisplayName { get; init; } = string.Empty;

    public string Email { get; init; } = string.Empty;

    public string[] Roles { get; init; } = [];
}
