using System.Collections.Frozen;
using Matchmaker.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace Matchmaker.Web.Infrastructure.Security;

/// <summary>
/// Refuses passwords that appear in breach lists or follow the patterns people fall back on
/// (a common word padded with digits, keyboard runs, one repeated character, the user's own email).
/// Length is the only composition rule, after NIST SP 800-63B.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<ApplicationUser>
{
    public const string ErrorCode = "CommonPassword";

    public const string Message =
        "This password is too common or too easy to guess. Try a passphrase of three or four unrelated words.";

    private static readonly FrozenSet<string> CommonWords = new[]
    {
        "password", "passw0rd", "p@ssword", "p@ssw0rd", "qwerty", "qwertyuiop", "asdfgh", "asdfghjkl", "zxcvbnm",
        "letmein", "welcome", "admin", "administrator", "iloveyou", "monkey", "dragon", "football", "baseball",
        "basketball", "soccer", "hockey", "sunshine", "princess", "trustno", "master", "shadow", "superman",
        "batman", "michael", "jennifer", "jordan", "hunter", "ranger", "buster", "thomas", "robert", "charlie",
        "starwars", "freedom", "whatever", "qazwsx", "login", "abc", "abcdef", "changeme", "secret", "default",
        "matchmaker", "microsoft", "dynamics", "partner", "summer", "winter", "spring", "autumn", "fall",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "computer", "internet", "chocolate", "butterfly", "liverpool", "chelsea", "arsenal",
        "america", "usa", "texas", "newyork", "california", "love", "lovely", "letmeinnow", "test", "testing",
        "guest", "user", "root", "temp", "temporary", "company", "business", "office", "access", "security",
        "monday", "friday", "hello", "helloworld", "goodbye", "pokemon", "minecraft", "fortnite", "google",
        "facebook", "linkedin", "apple", "samsung", "nothing", "mustang", "corvette", "ferrari", "harley",
        "yankees", "cowboys", "eagles", "patriots", "lakers", "tigger", "pepper", "ginger", "daniel", "andrew",
        "joshua", "matthew", "jessica", "ashley", "amanda", "nicole", "michelle", "babygirl", "angel", "family",
        "forever", "blessed", "jesus", "christ", "god", "heaven", "money", "cash", "qwer", "asdf", "zxcv",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> CommonLongPasswords = new[]
    {
        "123456789012", "1234567890123", "12345678901234", "123123123123", "111111111111", "000000000000",
        "123412341234", "121212121212", "987654321098", "qwertyuiop12", "qwerty123456", "1q2w3e4r5t6y",
        "1qaz2wsx3edc", "zaq12wsxcde3", "q1w2e3r4t5y6", "qwertyuiopasdf", "asdfghjkl123", "password1234",
        "password12345", "password123456", "passwordpassword", "iloveyou1234", "letmein12345", "welcome12345",
        "administrator1", "trustno1trustno1", "correcthorsebatterystaple", "abcdefghijkl", "abcd1234abcd",
        "abc123abc123", "qwertyqwerty", "football1234", "baseball1234", "monkey123456", "dragon123456",
        "sunshine1234", "princess1234", "superman1234", "changeme1234", "welcome2024!", "welcome2025!",
        "welcome2026!", "summer2024!!", "summer2025!!", "summer2026!!", "winter2025!!", "winter2026!!",
        "p@ssw0rd1234", "p@ssword1234", "passw0rd1234", "password2024", "password2025", "password2026",
        "matchmaker123", "matchmaker2026", "microsoft123", "dynamics2026",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] KeyboardRuns =
    [
        "1234567890", "0987654321", "qwertyuiop", "poiuytrewq", "asdfghjkl", "lkjhgfdsa", "zxcvbnm", "mnbvcxz",
        "abcdefghijklmnopqrstuvwxyz", "zyxwvutsrqponmlkjihgfedcba", "1qaz2wsx3edc4rfv", "qazwsxedcrfv",
    ];

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        return Task.FromResult(IsWeak(password, user.Email)
            ? IdentityResult.Failed(new IdentityError { Code = ErrorCode, Description = Message })
            : IdentityResult.Success);
    }

    public static bool IsWeak(string password, string? email)
    {
        var lower = password.ToLowerInvariant();
        if (CommonLongPasswords.Contains(lower) || lower.Distinct().Count() < 4)
        {
            return true;
        }

        if (KeyboardRuns.Any(run => IsWithinRepeated(run, lower)))
        {
            return true;
        }

        var core = lower.Trim("0123456789!@#$%^&*()-_=+.?~ ".ToCharArray());
        if (core.Length == 0 || CommonWords.Contains(core) || IsRepetitionOfCommonWord(core))
        {
            return true;
        }

        var localPart = email?.Split('@')[0].ToLowerInvariant();
        return localPart is { Length: >= 4 } && lower.Contains(localPart, StringComparison.Ordinal);
    }

    // "qwertyqwerty" or "12345678901234" are a keyboard run, repeated or cut.
    private static bool IsWithinRepeated(string run, string candidate)
    {
        var repeated = string.Concat(Enumerable.Repeat(run, (candidate.Length / run.Length) + 2));
        return repeated.Contains(candidate, StringComparison.Ordinal);
    }

    private static bool IsRepetitionOfCommonWord(string core)
    {
        foreach (var word in CommonWords)
        {
            if (core.Length % word.Length == 0 && core.Length > word.Length &&
                string.Concat(Enumerable.Repeat(word, core.Length / word.Length)) == core)
            {
                return true;
            }
        }

        return false;
    }
}
