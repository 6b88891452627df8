namespace Matchmaker.Web.Features.Organization;

public sealed record InviteInput
{
    public string Email { get; init; } = string.Empty;
}
