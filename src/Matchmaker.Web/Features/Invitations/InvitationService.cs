using Matchmaker.Data;
using Matchmaker.Data.Identity;
using Matchmaker.Domain.Common;
using Matchmaker.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Features.Invitations;

/// <summary>Turns a one-time invitation link into a partner user of the inviting organization.</summary>
public sealed class InvitationService(MatchmakerDbContext db, UserManager<ApplicationUser> userManager, TimeProvider clock)
{
    /// <summary>The invitation behind a link, or the reason it cannot be used.</summary>
    public async Task<(InvitationViewModel? Invitation, string? Problem)> FindAsync(string token, CancellationToken cancellationToken)
    {
        var hash = Tokens.Hash(token);
        var found = await (from i in db.Invitations.AsNoTracking()
                           join o in db.Organizations on i.OrganizationId equals o.Id
                           where i.TokenHash == hash
                           select new { Invitation = i, o.LegalName }).SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return (null, "This invitation link is not valid. Check that you copied the whole link, or ask for a new invitation.");
        }

        try
        {
            found.Invitation.EnsureUsable(clock.GetUtcNow().UtcDateTime);
        }
        catch (DomainException refused)
        {
            return (null, refused.Message);
        }

        return (new InvitationViewModel(found.LegalName, found.Invitation.Email, found.Invitation.ExpiresAtUtc,
            new AcceptInvitationInput { Token = token }), null);
    }

    /// <summary>
    /// Creates the account and uses up the invitation in one transaction. Two submissions of the
    /// same link race on the invitation's concurrency token: one joins, the other is refused.
    /// </summary>
    public async Task<ApplicationUser?> AcceptAsync(AcceptInvitationInput input, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        var hash = Tokens.Hash(input.Token);
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        if (invitation is null)
        {
            errors.AddModelError(string.Empty, "This invitation link is not valid.");
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var organizationState = await db.Organizations.Where(o => o.Id == invitation.OrganizationId).Select(o => o.State).SingleAsync(cancellationToken);
        var user = new ApplicationUser
        {
            UserName = invitation.Email,
            Email = invitation.Email,
            EmailConfirmed = true,
            DisplayName = input.DisplayName.Trim(),
            OrganizationId = invitation.OrganizationId,
            TimeZoneId = Infrastructure.Time.StateTimeZones.For(organizationState),
            CreatedAtUtc = now,
        };

        try
        {
            invitation.EnsureUsable(now);
            return await db.InTransactionAsync(async ct =>
            {
                var created = await userManager.CreateAsync(user, input.Password);
                if (created.Succeeded)
                {
                    created = await userManager.AddToRoleAsync(user, Roles.Partner);
                }

                if (!created.Succeeded)
                {
                    errors.AddIdentityErrors(created, "Input.Password", "Input.DisplayName");
                    return (false, (ApplicationUser?)null);
                }

                invitation.Accept(user.Id, now);
                await db.SaveChangesAsync(ct);
                return (true, user);
            }, cancellationToken);
        }
        catch (DomainException refused)
        {
            errors.AddModelError(string.Empty, refused.Message);
            return null;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            errors.AddModelError(string.Empty, "This invitation has already been used.");
            return null;
        }
    }
}
