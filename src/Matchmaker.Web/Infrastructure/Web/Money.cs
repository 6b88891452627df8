using System.Globalization;

namespace Matchmaker.Web.Infrastructure.Web;

public static class Money
{
    private static readonly CultureInfo UsCulture = CultureInfo.GetCultureInfo("en-US");

    /// <summary>"$1,250.00" from integer cents.</summary>
    public static string Format(long cents) => (cents / 100m).ToString("C2", UsCulture);
}
