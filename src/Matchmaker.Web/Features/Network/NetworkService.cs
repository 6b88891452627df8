using Matchmaker.Data;
using Matchmaker.Domain.Common;
using Matchmaker.Domain.Network;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Features.Network;

/// <summary>An organization's preferred peers and its exclusion list ("never send my leads to").</summary>
public sealed class NetworkService(MatchmakerDbContext db, TimeProvider clock)
{
    public async Task<NetworkViewModel> GetAsync(int organizationId, CancellationToken cancellationToken)
    {
        var rows = await (from r in db.Relationships.AsNoTracking()
                          join o in db.Organizations on r.OtherOrganizationId equals o.Id
                          where r.OrganizationId == organizationId
                          orderby o.NormalizedLegalName
                          select new { r.Kind, Row = new RelationshipRow(o.Id, o.LegalName, o.City, o.State, o.Status, o.AcceptingReferrals, r.AddedAtUtc) })
            .ToListAsync(cancellationToken);
        return new NetworkViewModel(
            rows.Where(r => r.Kind == RelationshipKind.Preferred).Select(r => r.Row).ToList(),
            rows.Where(r => r.Kind == RelationshipKind.Excluded).Select(r => r.Row).ToList());
    }

    public async Task<IReadOnlyDictionary<int, RelationshipKind>> KindsAsync(int organizationId, IReadOnlyCollection<int> otherIds, CancellationToken cancellationToken) =>
        await db.Relationships.AsNoTracking()
            .Where(r => r.OrganizationId == organizationId && otherIds.Contains(r.OtherOrganizationId))
            .ToDictionaryAsync(r => r.OtherOrganizationId, r => r.Kind, cancellationToken);

    /// <summary>Adds the organization to one list; returns its name, or null when there is no such organization.</summary>
    public async Task<string?> AddAsync(int organizationId, int otherId, RelationshipKind kind, string userId, CancellationToken cancellationToken)
    {
        var other = await db.Organizations.Where(o => o.Id == otherId).Select(o => new { o.LegalName, o.Status }).SingleOrDefaultAsync(cancellationToken);
        if (other is null)
        {
            return null;
        }

        if (kind == RelationshipKind.Preferred && other.Status != Domain.Organizations.OrganizationStatus.Authorized)
        {
            throw new DomainException($"{other.LegalName} is not an authorized partner, so it cannot be a preferred peer.");
        }

        var existing = await db.Relationships.SingleOrDefaultAsync(r => r.OrganizationId == organizationId && r.OtherOrganizationId == otherId, cancellationToken);
        if (existing is not null)
        {
            throw new DomainException(existing.Kind == kind
                ? $"{other.LegalName} is already on that list."
                : $"{other.LegalName} is on your {(existing.Kind == RelationshipKind.Preferred ? "preferred peers" : "exclusion list")}. Remove it there first: an organization cannot be on both lists.");
        }

        db.Relationships.Add(new OrganizationRelationship(organizationId, otherId, kind, userId, clock.GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            throw new DomainException($"{other.LegalName} was just added to one of your lists by a colleague. Reload to see it.");
        }

        return other.LegalName;
    }

    public async Task<string?> RemoveAsync(int organizationId, int otherId, CancellationToken cancellationToken)
    {
        var name = await db.Organizations.Where(o => o.Id == otherId).Select(o => o.LegalName).SingleOrDefaultAsync(cancellationToken);
        var removed = await db.Relationships.Where(r => r.OrganizationId == organizationId && r.OtherOrganizationId == otherId)
            .ExecuteDeleteAsync(cancellationToken);
        return removed == 0 ? null : name;
    }
}
