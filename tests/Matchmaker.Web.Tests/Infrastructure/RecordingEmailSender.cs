using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Matchmaker.Web.Infrastructure.Email;

namespace Matchmaker.Web.Tests.Infrastructure;

/// <summary>Keeps every message the application sends so a test can follow the links in it.</summary>
public sealed partial class RecordingEmailSender : IEmailSender
{
    private readonly ConcurrentQueue<EmailMessage> _sent = new();

    public IReadOnlyList<EmailMessage> Sent => [.. _sent];

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        _sent.Enqueue(message);
        return Task.CompletedTask;
    }

    public IReadOnlyList<EmailMessage> To(string address) =>
        _sent.Where(m => string.Equals(m.To, address, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The path and query of the one link in the latest message to <paramref name="address"/>.</summary>
    public string LatestLinkTo(string address)
    {
        var message = To(address).LastOrDefault() ?? throw new InvalidOperationException($"No email was sent to {address}.");
        var match = LinkPattern().Match(message.TextBody);
        Assert.True(match.Success, $"The email to {address} has no link: {message.TextBody}");
        return new Uri(match.Value).PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
