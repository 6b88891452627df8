namespace Matchmaker.Web.Features.Security;

public sealed record EnableAuthenticatorInput
{
    public string Code { get; init; } = string.Empty;
}
