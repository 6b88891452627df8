namespace Matchmaker.Web.Features.Security;

public sealed record ChangePasswordInput
{
    public string CurrentPassword { get; init; } = string.Empty;

    public string NewPassword { get; init; } = string.Empty;

    public string ConfirmPassword { get; init; } = string.Empty;
}
