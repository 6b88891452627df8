using System.Globalization;
using System.Text;

namespace Matchmaker.Domain.Leads;

/// <summary>
/// How two leads are recognised as the same customer: the company name without case, punctuation
/// or legal suffixes, plus the five-digit ZIP or the email's domain.
/// </summary>
public static class CustomerIdentity
{
    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal)
    {
        "INC", "INCORPORATED", "LLC", "LLP", "LP", "LTD", "LIMITED", "CORP", "CORPORATION", "CO", "COMPANY", "PLLC", "PC", "THE",
    };

    // Free mail domains say nothing about which company a contact works for.
    private static readonly HashSet<string> FreeMailDomains = new(StringComparer.Ordinal)
    {
        "GMAIL.COM", "YAHOO.COM", "OUTLOOK.COM", "HOTMAIL.COM", "AOL.COM", "ICLOUD.COM", "MSN.COM", "LIVE.COM", "PROTONMAIL.COM", "COMCAST.NET",
    };

    public static string NormalizeCompany(string company)
    {
        var decomposed = company.Normalize(NormalizationForm.FormD);
        var letters = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c))
            {
                letters.Append(char.ToUpperInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                letters.Append(' ');
            }
        }

        var words = letters.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Suffixes.Contains(w));
        var normalized = string.Join(' ', words);
        return normalized.Length > 200 ? normalized[..200] : normalized;
    }

    public static string Zip5(string postalCode) => postalCode.Length >= 5 ? postalCode[..5] : postalCode;

    /// <summary>The email's domain, or null for free mail providers.</summary>
    public static string? CompanyDomain(string email)
    {
        var at = email.LastIndexOf('@');
        if (at < 0 || at == email.Length - 1)
        {
            return null;
        }

        var domain = email[(at + 1)..].Trim().ToUpperInvariant();
        return FreeMailDomains.Contains(domain) ? null : domain;
    }
}
