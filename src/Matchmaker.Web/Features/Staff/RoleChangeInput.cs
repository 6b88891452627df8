namespace Matchmaker.Web.Features.Staff;

public sealed record RoleChangeInput
{
    public string Role { get; init; } = string.Empty;
}
