namespace Matchmaker.Data.Seeding;

/// <summary>The demo sign-ins, listed in the README. Every demo account shares one password.</summary>
public static class DemoAccounts
{
    public const string Password = "Matchmaker-demo-2026";

    public const string Admin = "admin@matchmaker.test";
    public const string SecondAdmin = "finance@matchmaker.test";
    public const string AccountManager = "am.jordan@matchmaker.test";
    public const string SecondAccountManager = "am.riley@matchmaker.test";
}
