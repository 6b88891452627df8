namespace Matchmaker.Domain.Common;

/// <summary>
/// The program is open to U.S. partners only. Registration still asks for the country so that a
/// partner from elsewhere is told why it cannot join instead of being silently mis-registered.
/// </summary>
public static class Countries
{
    public const string UnitedStates = "US";

    public const string OnlyUsMessage =
        "Matchmaker is open to authorized U.S. partners only. Organizations based outside the United States cannot register.";

    /// <summary>Countries offered on the registration form, so a non-U.S. partner can say where it is.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> Offered =
    [
        new(UnitedStates, "United States"),
        new("CA", "Canada"),
        new("MX", "Mexico"),
        new("GB", "United Kingdom"),
        new("IE", "Ireland"),
        new("IN", "India"),
        new("AU", "Australia"),
        new("DE", "Germany"),
        new("OTHER", "Another country"),
    ];
}
