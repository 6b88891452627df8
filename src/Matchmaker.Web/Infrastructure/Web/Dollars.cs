using System.Globalization;

namespace Matchmaker.Web.Infrastructure.Web;

/// <summary>Reads a dollar amount typed by a person ("$25,000.50") as exact cents.</summary>
public static class Dollars
{
    public static bool TryParseCents(string? text, out long cents)
    {
        cents = 0;
        var cleaned = text?.Trim().TrimStart('$').Replace(",", string.Empty, StringComparison.Ordinal).Trim();
        if (string.IsNullOrEmpty(cleaned) || cleaned.Length > 20 ||
            !decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var dollars) ||
            decimal.Round(dollars, 2) != dollars)
        {
            return false;
        }

        cents = (long)(dollars * 100);
        return true;
    }

    public static string FromCents(long cents) => (cents / 100m).ToString("0.##", CultureInfo.InvariantCulture);
}
