using Matchmaker.Data;
using Matchmaker.Data.Identity;
using Matchmaker.Domain.Common;
using Matchmaker.Web.Infrastructure.Email;
using Matchmaker.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Features.Staff;

/// <summary>Vendor staff accounts and their roles (account manager, admin).</summary>
public sealed class StaffService(
    MatchmakerDbContext db, UserManager<ApplicationUser> userManager, IEmailSender emailSender, TimeProvider clock)
{
    public const string LastAdminMessage =
        "This is the last admin. Grant the Admin role to someone else before removing it here.";

    public async Task<IReadOnlyList<StaffRow>> ListAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // Every account outside a partner organization is vendor staff, with or without roles today.
        var rows = await db.Users.AsNoTracking()
            .Where(u => u.OrganizationId == null)
            .OrderBy(u => u.DisplayName)
            .Select(u => new
            {
                u.Id,
                u.DisplayName,
                u.Email,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToList(),
                HasPassword = u.PasswordHash != null,
                u.LockoutEnd,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new StaffRow(
            r.Id, r.DisplayName, r.Email!, r.Roles.Contains(Roles.AccountManager), r.Roles.Contains(Roles.Admin),
            r.HasPassword, r.LockoutEnd > now)).ToList();
    }

    /// <summary>Creates a staff account without a password and emails a link to choose one.</summary>
    public async Task<bool> AddAsync(AddStaffInput input, Func<string, string, string> resetLink, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        var email = input.Email.Trim();
        if (await userManager.FindByEmailAsync(email) is { } existing)
        {
            errors.AddModelError("Add.Email", existing.OrganizationId is null
                ? "This person already has a staff account: change their roles in the list below."
                : "This email belongs to a partner user. Vendor staff need an account of their own.");
            return false;
        }

        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            DisplayName = input.DisplayName.Trim(),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var roles = input.Roles.Distinct().ToList();
        var created = await db.InTransactionAsync(async _ =>
        {
            var result = await userManager.CreateAsync(user);
            if (result.Succeeded)
            {
                result = await userManager.AddToRolesAsync(user, roles);
            }

            if (!result.Succeeded)
            {
                errors.AddIdentityErrors(result, string.Empty, "Add.Email");
            }

            return (result.Succeeded, result.Succeeded);
        }, cancellationToken);
        if (!created)
        {
            return false;
        }

        var token = await userManager.GeneratePasswordResetTokenAsync(user);
        await emailSender.SendAsync(
            EmailTemplates.StaffWelcome(email, user.DisplayName, string.Join(" and ", roles.Select(Roles.Display)), resetLink(email, token)),
            cancellationToken);
        return true;
    }

    public async Task<string?> GrantAsync(string userId, string role, CancellationToken cancellationToken)
    {
        var user = await StaffUserAsync(userId, cancellationToken);
        if (user is null)
        {
            return null;
        }

        if (!await userManager.IsInRoleAsync(user, role))
        {
            await userManager.AddToRoleAsync(user, role);
            await userManager.UpdateSecurityStampAsync(user);
        }

        return user.DisplayName;
    }

    /// <summary>
    /// Removes a role. The Admin role is removed and the remaining admins counted in one
    /// transaction, so two admins demoting each other at once cannot leave the program without one.
    /// </summary>
    public async Task<string?> RevokeAsync(string userId, string role, CancellationToken cancellationToken)
    {
        var user = await StaffUserAsync(userId, cancellationToken);
        if (user is null)
        {
            return null;
        }

        if (role != Roles.Admin)
        {
            await userManager.RemoveFromRoleAsync(user, role);
            await userManager.UpdateSecurityStampAsync(user);
            return user.DisplayName;
        }

        var adminRoleId = await db.Roles.Where(r => r.Name == Roles.Admin).Select(r => r.Id).SingleAsync(cancellationToken);
        var wasLastAdmin = await db.InTransactionAsync(async ct =>
        {
            await db.UserRoles.Where(ur => ur.UserId == userId && ur.RoleId == adminRoleId).ExecuteDeleteAsync(ct);
            var remaining = await db.UserRoles.CountAsync(ur => ur.RoleId == adminRoleId, ct);
            return remaining == 0 ? (false, true) : (true, false);
        }, cancellationToken);
        if (wasLastAdmin)
        {
            throw new DomainException(LastAdminMessage);
        }

        await userManager.UpdateSecurityStampAsync(user);
        return user.DisplayName;
    }

    private Task<ApplicationUser?> StaffUserAsync(string userId, CancellationToken cancellationToken) =>
        db.Users.SingleOrDefaultAsync(u => u.Id == userId && u.OrganizationId == null, cancellationToken);
}
