using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace Matchmaker.Web.Tests.Infrastructure;

/// <summary>What an authenticator app does: RFC 6238 time-based codes (HMAC-SHA1, 30 s, 6 digits).</summary>
public static class Totp
{
    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>The code for <paramref name="sharedKey"/> as shown on the set-up page (grouped, lower-case).</summary>
    public static string Code(string sharedKey, DateTimeOffset at)
    {
        var key = Base32Decode(sharedKey.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant());
        var counter = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, at.ToUnixTimeSeconds() / 30);
        var hash = HMACSHA1.HashData(key, counter);
        var offset = hash[^1] & 0x0F;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7FFFFFFF) % 1_000_000;
        return binary.ToString("D6", CultureInfo.InvariantCulture);
    }

    public static byte[] Base32Decode(string input)
    {
        var trimmed = input.TrimEnd('=');
        var output = new byte[trimmed.Length * 5 / 8];
        int buffer = 0, bitsLeft = 0, index = 0;
        foreach (var c in trimmed)
        {
            var value = Base32Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException($"'{c}' is not a base32 character.");
            }

            buffer = (buffer << 5) | value;
            bitsLeft += 5;
            if (bitsLeft >= 8)
            {
                output[index++] = (byte)(buffer >> (bitsLeft - 8));
                bitsLeft -= 8;
            }
        }

        return output;
    }
}
