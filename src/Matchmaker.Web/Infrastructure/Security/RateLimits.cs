namespace Matchmaker.Web.Infrastructure.Security;

public static class RateLimits
{
    /// <summary>Sign-in, two-factor, password-reset and registration posts, per client address.</summary>
    public const string SignIn = "sign-in";
}
