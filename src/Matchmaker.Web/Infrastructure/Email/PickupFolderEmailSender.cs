using Microsoft.Extensions.Options;

namespace Matchmaker.Web.Infrastructure.Email;

/// <summary>Development sender: every message becomes an .eml file that any mail client opens.</summary>
public sealed class PickupFolderEmailSender(IOptions<EmailOptions> options, AppPaths paths, ILogger<PickupFolderEmailSender> logger)
    : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var folder = paths.InData(options.Value.PickupFolder);
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml");
        using var mime = MimeMessages.Build(message, options.Value.From);
        await mime.WriteToAsync(file, cancellationToken);
        logger.LogInformation("Email {Subject} to {Recipient} written to {File}", message.Subject, message.To, file);
    }
}
