using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Matchmaker.Web.Infrastructure.Email;

namespace Matchmaker.Browser.Tests.Infrastructure;

/// <summary>Keeps every message the portal sends, so a journey can follow a link out of its mail.</summary>
public sealed partial class RecordingEmailSender : IEmailSender
{
    private readonly ConcurrentQueue<EmailMessage> _sent = new();

    public IReadOnlyCollection<EmailMessage> Sent => _sent;

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        _sent.Enqueue(message);
        return Task.CompletedTask;
    }

    /// <summary>The link in the latest message sent to <paramref name="recipient"/>.</summary>
    public string LinkSentTo(string recipient)
    {
        var message = _sent.LastOrDefault(m => string.Equals(m.To, recipient, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException(
                $"No email was sent to {recipient}. Sent: {string.Join(", ", _sent.Select(m => $"{m.To} ({m.Subject})"))}");
        var link = LinkPattern().Match(message.TextBody);
        return link.Success
            ? link.Value
            : throw new InvalidOperationException($"The email to {recipient} ({message.Subject}) holds no link:\n{message.TextBody}");
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
