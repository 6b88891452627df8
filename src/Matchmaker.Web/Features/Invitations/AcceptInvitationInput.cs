namespace Matchmaker.Web.Features.Invitations;

public sealed record AcceptInvitationInput
{
    public string Token { get; init; } = string.Empty;

    public string DisplayName { get; init; } = string.Empty;

    public string Password { get; init; } = string.Empty;

    public string ConfirmPassword { get; init; } = string.Empty;
}
