namespace Matchmaker.Web.Infrastructure.Email;

/// <summary>The one way the application sends mail (invitations, password resets, notices).</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
