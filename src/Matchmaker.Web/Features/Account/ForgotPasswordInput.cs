namespace Matchmaker.Web.Features.Account;

public sealed record ForgotPasswordInput
{
    public string Email { get; init; } = string.Empty;
}
