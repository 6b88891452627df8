using Matchmaker.Data;
using Matchmaker.Data.Identity;
using Matchmaker.Domain.Organizations;
using Matchmaker.Web.Infrastructure.Email;
using Matchmaker.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Features.Organization;

/// <summary>A partner organization's own profile, colleagues and invitations.</summary>
public sealed class OrganizationService(
    MatchmakerDbContext db, UserManager<ApplicationUser> userManager, IEmailSender emailSender, TimeProvider clock)
{
    public async Task<OrganizationProfileViewModel?> GetProfileAsync(
        int organizationId, string currentUserId, bool canManage, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.AsNoTracking()
            .Include(o => o.ProductAreas).Include(o => o.ServedStates).Include(o => o.Industries)
            .SingleOrDefaultAsync(o => o.Id == organizationId, cancellationToken);
        if (organization is null)
        {
            return null;
        }

        var areaIds = organization.ProductAreas.Select(p => p.ProductAreaId).ToList();
        var areaNames = await db.ProductAreas.AsNoTracking().Where(p => areaIds.Contains(p.Id))
            .OrderBy(p => p.SortOrder).Select(p => p.Name).ToListAsync(cancellationToken);
        var members = await db.Users.AsNoTracking().Where(u => u.OrganizationId == organizationId)
            .OrderByDescending(u => u.IsOrganizationAdmin).ThenBy(u => u.DisplayName)
            .Select(u => new MemberRow(u.Id, u.DisplayName, u.Email!, u.IsOrganizationAdmin, u.DeactivatedAtUtc == null, u.CreatedAtUtc))
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var invitations = canManage
            ? await (from i in db.Invitations.AsNoTracking()
                     join u in db.Users on i.InvitedByUserId equals u.Id
                     where i.OrganizationId == organizationId && i.AcceptedAtUtc == null && i.RevokedAtUtc == null && i.ExpiresAtUtc > now
                     orderby i.CreatedAtUtc descending
                     select new InvitationRow(i.Id, i.Email, u.DisplayName, i.CreatedAtUtc, i.ExpiresAtUtc))
                .ToListAsync(cancellationToken)
            : [];

        return new OrganizationProfileViewModel(
            organization.Id, organization.LegalName, organization.PartnerNumber, organization.Street, organization.City,
            organization.State, organization.PostalCode, organization.Phone, organization.Website, organization.Status,
            organization.StatusReason, organization.AcceptingReferrals, organization.Capacity, areaNames,
            organization.ServedStates.Select(s => s.State).Order().ToList(),
            organization.Industries.Select(i => i.Industry).Order().ToList(),
            members, invitations, canManage, currentUserId, new InviteInput());
    }

    public async Task<OrganizationEditViewModel?> GetEditAsync(int organizationId, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.AsNoTracking()
            .Include(o => o.ProductAreas).Include(o => o.ServedStates).Include(o => o.Industries)
            .SingleOrDefaultAsync(o => o.Id == organizationId, cancellationToken);
        if (organization is null)
        {
            return null;
        }

        var version = await db.Organizations.Where(o => o.Id == organizationId)
            .Select(o => EF.Property<Guid>(o, MatchmakerDbContext.VersionProperty)).SingleAsync(cancellationToken);
        var input = new OrganizationProfileInput
        {
            LegalName = organization.LegalName,
            Street = organization.Street,
            City = organization.City,
            State = organization.State,
            PostalCode = organization.PostalCode,
            Phone = organization.Phone,
            Website = organization.Website,
            ProductAreaIds = organization.ProductAreas.Select(p => p.ProductAreaId).ToArray(),
            StatesServed = organization.ServedStates.Select(s => s.State).ToArray(),
            Industries = organization.Industries.Select(i => i.Industry.ToString()).ToArray(),
            AcceptingReferrals = organization.AcceptingReferrals,
            Capacity = organization.Capacity,
            Version = version,
        };
        return new OrganizationEditViewModel(input, await ProductAreaOptionsAsync(cancellationToken), organization.PartnerNumber);
    }

    public async Task<IReadOnlyList<ProductAreaOption>> ProductAreaOptionsAsync(CancellationToken cancellationToken) =>
        await db.ProductAreas.AsNoTracking().OrderBy(p => p.SortOrder)
            .Select(p => new ProductAreaOption(p.Id, p.Name, p.IsBountyEligible)).ToListAsync(cancellationToken);

    /// <summary>Saves the profile unless someone else saved it since the form was loaded.</summary>
    public async Task<bool> UpdateAsync(int organizationId, OrganizationProfileInput input, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations
            .Include(o => o.ProductAreas).Include(o => o.ServedStates).Include(o => o.Industries)
            .SingleAsync(o => o.Id == organizationId, cancellationToken);
        var knownAreas = await db.ProductAreas.Where(p => input.ProductAreaIds.Contains(p.Id)).CountAsync(cancellationToken);
        if (knownAreas != input.ProductAreaIds.Distinct().Count())
        {
            errors.AddModelError("Input.ProductAreaIds", "Pick product areas from the list.");
            return false;
        }

        var entry = db.Entry(organization);
        entry.Property(MatchmakerDbContext.VersionProperty).OriginalValue = input.Version;
        // Saving only product areas or states would not touch the organization's row; marking it
        // modified makes every save check (and bump) the version the form was loaded with.
        entry.State = EntityState.Modified;
        organization.UpdateContactDetails(input.LegalName, input.Street, input.City, input.State, input.PostalCode, input.Phone, input.Website);
        organization.UpdateProfile(
            input.ProductAreaIds, input.StatesServed, input.Industries.Select(Enum.Parse<Industry>),
            input.AcceptingReferrals, input.Capacity);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            errors.AddModelError(string.Empty,
                "A colleague saved this profile while you were editing it. Reload the page to see their changes, then make yours again.");
            return false;
        }
    }

    public async Task<bool> InviteAsync(
        int organizationId, string invitedByUserId, string email, Func<string, string> linkFor, ModelStateDictionary errors,
        CancellationToken cancellationToken)
    {
        var trimmed = email.Trim();
        if (await userManager.FindByEmailAsync(trimmed) is not null)
        {
            errors.AddModelError("Invite.Email", "This person already has a Matchmaker account.");
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var normalized = trimmed.ToUpperInvariant();
        // A new invitation to the same address replaces any earlier one still open.
        var open = await db.Invitations
            .Where(i => i.OrganizationId == organizationId && i.NormalizedEmail == normalized && i.AcceptedAtUtc == null && i.RevokedAtUtc == null)
            .ToListAsync(cancellationToken);
        open.ForEach(i => i.Revoke(now));

        var token = Tokens.NewToken();
        var invitation = Invitation.Create(organizationId, trimmed, Tokens.Hash(token), invitedByUserId, now);
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);

        var organizationName = await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.LegalName).SingleAsync(cancellationToken);
        var inviter = await db.Users.Where(u => u.Id == invitedByUserId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        await emailSender.SendAsync(
            EmailTemplates.Invitation(trimmed, organizationName, inviter, linkFor(token), invitation.ExpiresAtUtc), cancellationToken);
        return true;
    }

    public async Task<bool> RevokeInvitationAsync(int organizationId, int invitationId, CancellationToken cancellationToken)
    {
        var invitation = await db.Invitations.SingleOrDefaultAsync(
            i => i.Id == invitationId && i.OrganizationId == organizationId, cancellationToken);
        if (invitation is null)
        {
            return false;
        }

        invitation.Revoke(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Deactivates a colleague: the account can no longer sign in and its session ends within a minute.</summary>
    public async Task<string?> RemoveMemberAsync(int organizationId, string actingUserId, string memberId, CancellationToken cancellationToken)
    {
        var member = await db.Users.SingleOrDefaultAsync(
            u => u.Id == memberId && u.OrganizationId == organizationId && u.DeactivatedAtUtc == null, cancellationToken);
        if (member is null)
        {
            return null;
        }

        if (member.Id == actingUserId)
        {
            throw new Domain.Common.DomainException("You cannot remove yourself. Ask another admin of your organization.");
        }

        member.DeactivatedAtUtc = clock.GetUtcNow().UtcDateTime;
        member.IsOrganizationAdmin = false;
        await userManager.UpdateSecurityStampAsync(member);
        return member.DisplayName;
    }
}
