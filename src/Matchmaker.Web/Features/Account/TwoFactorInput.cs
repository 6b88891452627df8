namespace Matchmaker.Web.Features.Account;

public sealed record TwoFactorInput
{
    public string Code { get; init; } = string.Empty;

    public bool RememberMachine { get; init; }

    public bool RememberMe { get; init; }

    public string? ReturnUrl { get; init; }
}
