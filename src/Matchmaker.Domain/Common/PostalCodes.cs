using System.Text.RegularExpressions;

namespace Matchmaker.Domain.Common;

public static partial class PostalCodes
{
    /// <summary>A U.S. ZIP code: five digits, or ZIP+4 (12345-6789).</summary>
    public static bool IsValidZip(string? value) => value is not null && ZipPattern().IsMatch(value);

    [GeneratedRegex(@"^[0-9]{5}(-[0-9]{4})?\z", RegexOptions.CultureInvariant)]
    private static partial Regex ZipPattern();
}
