namespace Matchmaker.Web.Features.Account;

public sealed record RecoveryCodeInput
{
    public string Code { get; init; } = string.Empty;

    public string? ReturnUrl { get; init; }
}
