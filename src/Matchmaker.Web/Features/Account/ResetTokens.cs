using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Matchmaker.Web.Features.Account;

/// <summary>Identity's reset tokens, made safe to carry in a link.</summary>
public static class ResetTokens
{
    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
}
