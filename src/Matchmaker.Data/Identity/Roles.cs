namespace Matchmaker.Data.Identity;

public static class Roles
{
    public const string Partner = "Partner";
    public const string AccountManager = "AccountManager";
    public const string Admin = "Admin";

    /// <summary>Roles an admin may grant to vendor staff.</summary>
    public static readonly IReadOnlyList<string> Staff = [AccountManager, Admin];

    public static readonly IReadOnlyList<string> All = [Partner, AccountManager, Admin];

    public static string Display(string role) => role switch
    {
        AccountManager => "Account manager",
        _ => role,
    };
}
