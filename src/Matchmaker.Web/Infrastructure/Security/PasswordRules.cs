namespace Matchmaker.Web.Infrastructure.Security;

public static class PasswordRules
{
    public const int MinimumLength = 12;

    /// <summary>Long passphrases are welcome; the cap only stops abuse of the hashing work.</summary>
    public const int MaximumLength = 256;

    public const string Help =
        "At least 12 characters. Long passphrases are welcome; no need for symbols or digits. Common passwords are refused.";
}
