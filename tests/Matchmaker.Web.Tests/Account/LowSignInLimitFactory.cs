using Matchmaker.Web.Tests.Infrastructure;

namespace Matchmaker.Web.Tests.Account;

/// <summary>An application allowing only three sign-in posts a minute per client.</summary>
public sealed class LowSignInLimitFactory : MatchmakerFactory
{
    public const int Limit = 3;

    protected override int SignInAttemptsPerMinute => Limit;
}
