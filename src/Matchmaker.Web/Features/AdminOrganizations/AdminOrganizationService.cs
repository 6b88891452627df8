using Matchmaker.Data;
using Matchmaker.Domain.Organizations;
using Matchmaker.Web.Infrastructure.Email;
using Matchmaker.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Features.AdminOrganizations;

/// <summary>The program admins' side of partner organizations: verification and suspension.</summary>
public sealed class AdminOrganizationService(MatchmakerDbContext db, IEmailSender emailSender, TimeProvider clock)
{
    public async Task<OrganizationListViewModel> ListAsync(OrganizationListQuery query, CancellationToken cancellationToken)
    {
        var organizations = db.Organizations.AsNoTracking();
        if (query.Status is { } status)
        {
            organizations = organizations.Where(o => o.Status == status);
        }

        var search = query.Search?.Trim();
        if (!string.IsNullOrEmpty(search))
        {
            var upper = search.ToUpperInvariant();
            organizations = organizations.Where(o => o.NormalizedLegalName.Contains(upper) || o.PartnerNumber.StartsWith(search));
        }

        var page = await organizations
            .OrderBy(o => o.Status == OrganizationStatus.PendingVerification ? 0 : 1)
            .ThenBy(o => o.RegisteredAtUtc).ThenBy(o => o.Id)
            .Select(o => new OrganizationRow(
                o.Id, o.LegalName, o.PartnerNumber, o.City, o.State, o.Status, o.RegisteredAtUtc,
                db.Users.Count(u => u.OrganizationId == o.Id)))
            .ToPagedListAsync(PageRequest.Normalize(query.Page), PageRequest.DefaultSize, cancellationToken);

        var counts = await db.Organizations.GroupBy(o => o.Status)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return new OrganizationListViewModel(query, page, counts);
    }

    public async Task<OrganizationDetailsViewModel?> GetAsync(int id, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.AsNoTracking()
            .Include(o => o.ProductAreas).Include(o => o.ServedStates)
            .SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organization is null)
        {
            return null;
        }

        var areaIds = organization.ProductAreas.Select(p => p.ProductAreaId).ToList();
        var areas = await db.ProductAreas.Where(p => areaIds.Contains(p.Id)).OrderBy(p => p.SortOrder)
            .Select(p => p.Name).ToListAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().Where(u => u.OrganizationId == id)
            .OrderByDescending(u => u.IsOrganizationAdmin).ThenBy(u => u.DisplayName)
            .Select(u => new OrganizationUserRow(u.DisplayName, u.Email!, u.IsOrganizationAdmin, u.DeactivatedAtUtc == null))
            .ToListAsync(cancellationToken);
        var history = await (from c in db.OrganizationStatusChanges.AsNoTracking()
                             where c.OrganizationId == id
                             join u in db.Users on c.ChangedByUserId equals u.Id into changers
                             from u in changers.DefaultIfEmpty()
                             orderby c.ChangedAtUtc descending, c.Id descending
                             select new HistoryRow(c.From, c.To, c.Reason, u != null ? u.DisplayName : null, c.ChangedAtUtc))
            .ToListAsync(cancellationToken);

        return new OrganizationDetailsViewModel(
            organization.Id, organization.LegalName, organization.PartnerNumber, organization.Street, organization.City,
            organization.State, organization.PostalCode, organization.Phone, organization.Website, organization.CountryCode,
            organization.Status, organization.StatusReason, organization.RegisteredAtUtc, areas,
            organization.ServedStates.Select(s => s.State).Order().ToList(), users, history, new StatusReasonInput());
    }

    /// <summary>
    /// Applies one status change. The organization's concurrency token makes two admins acting at
    /// once safe: the second gets a conflict instead of overwriting the first.
    /// </summary>
    public async Task<string?> ChangeStatusAsync(
        int id, Action<PartnerOrganization, DateTime> change, string decision, string? reason, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organization is null)
        {
            return null;
        }

        change(organization, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);

        var admins = await db.Users.Where(u => u.OrganizationId == id && u.IsOrganizationAdmin && u.DeactivatedAtUtc == null)
            .Select(u => u.Email!).ToListAsync(cancellationToken);
        foreach (var email in admins)
        {
            await emailSender.SendAsync(EmailTemplates.OrganizationDecision(email, organization.LegalName, decision, reason), cancellationToken);
        }

        return organization.LegalName;
    }

    public async Task<int> PendingCountAsync(CancellationToken cancellationToken) =>
        await db.Organizations.CountAsync(o => o.Status == OrganizationStatus.PendingVerification, cancellationToken);
}
