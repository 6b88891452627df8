using System.Text.Encodings.Web;

namespace Matchmaker.Web.Infrastructure.Email;

/// <summary>The wording of every mail the portal sends, HTML-encoded where it carries user text.</summary>
public static class EmailTemplates
{
    public static EmailMessage Invitation(string to, string organizationName, string inviterName, string link, DateTime expiresUtc) =>
        Build(to,
            $"You're invited to join {organizationName} on Matchmaker",
            $"{inviterName} invited you to join {organizationName} on Matchmaker, the partner lead-sharing portal.",
            "Accept the invitation", link,
            $"The link works once and expires on {expiresUtc:MMM d, yyyy} (UTC).");

    public static EmailMessage PasswordReset(string to, string link) =>
        Build(to, "Reset your Matchmaker password",
            "Someone asked to reset the password of your Matchmaker account. If it was you, choose a new password:",
            "Choose a new password", link,
            "If you did not ask for this, ignore this email: your password stays as it is.");

    public static EmailMessage StaffWelcome(string to, string name, string roles, string link) =>
        Build(to, "Your Matchmaker staff account",
            $"Hello {name}, a Matchmaker admin created a staff account for you ({roles}).",
            "Set your password", link,
            "The link works once. After that, sign in with your email and the password you chose.");

    public static EmailMessage OrganizationDecision(string to, string organizationName, string decision, string? reason) =>
        Build(to, $"{organizationName}: {decision}",
            $"The Matchmaker program team reviewed {organizationName}: {decision}." +
            (string.IsNullOrWhiteSpace(reason) ? string.Empty : $" Reason: {reason}"),
            null, null, "Sign in to Matchmaker to see your organization's status.");

    public static EmailMessage Notice(string to, string subject, string body, string action, string link) =>
        Build(to, subject, body, action, link, "You receive this because you use Matchmaker for your organization.");

    private static EmailMessage Build(string to, string subject, string intro, string? action, string? link, string footer)
    {
        var encode = HtmlEncoder.Default;
        var button = link is null
            ? string.Empty
            : $"<p><a href=\"{encode.Encode(link)}\" style=\"background:#0b5cad;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none\">{encode.Encode(action!)}</a></p>" +
              $"<p style=\"font-size:12px;color:#555\">Or paste this address into your browser: {encode.Encode(link)}</p>";
        var html = $"<div style=\"font-family:Segoe UI,Arial,sans-serif;font-size:15px;color:#1d2330\"><p>{encode.Encode(intro)}</p>{button}<p style=\"font-size:13px;color:#555\">{encode.Encode(footer)}</p></div>";
        var text = link is null ? $"{intro}\n\n{footer}" : $"{intro}\n\n{action}: {link}\n\n{footer}";
        return new EmailMessage(to, subject, html, text);
    }
}
