using Matchmaker.Data.Identity;
using Matchmaker.Web.Features.Account;
using Matchmaker.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Identity;

namespace Matchmaker.Web.Infrastructure.Security;

/// <summary>
/// A production database starts without users. When no admin exists and <c>Bootstrap:AdminEmail</c>
/// is set, that person gets an admin account and an email with a link to choose a password.
/// </summary>
public static class AdminBootstrap
{
    public static async Task RunAsync(IServiceProvider services, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var email = configuration["Bootstrap:AdminEmail"]?.Trim();
        if (string.IsNullOrEmpty(email))
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AdminBootstrap));
        if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0)
        {
            return;
        }

        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new ApplicationUser
            {
                UserName = email,
                Email = email,
                DisplayName = configuration["Bootstrap:AdminName"] ?? "Program admin",
                CreatedAtUtc = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
            };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                logger.LogError("Could not create the first admin {Email}: {Errors}", email, string.Join("; ", created.Errors.Select(e => e.Description)));
                return;
            }
        }
        else if (user.OrganizationId is not null)
        {
            logger.LogError("Bootstrap:AdminEmail {Email} belongs to a partner user; choose a vendor staff address", email);
            return;
        }

        await users.AddToRoleAsync(user, Roles.Admin);
        var baseUrl = (configuration["App:PublicBaseUrl"] ?? string.Empty).TrimEnd('/');
        var token = ResetTokens.Encode(await users.GeneratePasswordResetTokenAsync(user));
        var link = $"{baseUrl}/account/reset-password?email={Uri.EscapeDataString(email)}&token={Uri.EscapeDataString(token)}";
        await scope.ServiceProvider.GetRequiredService<IEmailSender>()
            .SendAsync(EmailTemplates.StaffWelcome(email, user.DisplayName, "Admin", link), cancellationToken);
        logger.LogWarning("Created the first admin {Email} and emailed a set-password link", email);
    }
}
