using Matchmaker.Data;
using Matchmaker.Domain.Common;
using Matchmaker.Domain.Organizations;
using Matchmaker.Web.Features.Network;
using Matchmaker.Web.Features.Organization;
using Matchmaker.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Features.Directory;

/// <summary>The authorized partner network: searched, filtered and paged in the database.</summary>
public sealed class DirectoryService(MatchmakerDbContext db, NetworkService network)
{
    public async Task<DirectoryViewModel> SearchAsync(DirectoryQuery query, int? viewerOrganizationId, CancellationToken cancellationToken)
    {
        var organizations = db.Organizations.AsNoTracking().Where(o => o.Status == OrganizationStatus.Authorized);
        var search = query.Search?.Trim();
        if (!string.IsNullOrEmpty(search))
        {
            var upper = search.ToUpperInvariant();
            organizations = organizations.Where(o => o.NormalizedLegalName.Contains(upper));
        }

        if (query.ProductAreaId is { } areaId)
        {
            organizations = organizations.Where(o => o.ProductAreas.Any(p => p.ProductAreaId == areaId));
        }

        if (UsStates.IsValid(query.State))
        {
            organizations = organizations.Where(o => o.ServedStates.Any(s => s.State == query.State));
        }

        var page = await organizations.OrderBy(o => o.NormalizedLegalName).ThenBy(o => o.Id)
            .Select(o => new { o.Id, o.LegalName, o.City, o.State, o.AcceptingReferrals })
            .ToPagedListAsync(PageRequest.Normalize(query.Page), PageRequest.DefaultSize, cancellationToken);

        // One query each for the page's product areas and states, whatever the page size.
        var ids = page.Items.Select(o => o.Id).ToList();
        var areas = await (from link in db.Set<OrganizationProductArea>()
                           join area in db.ProductAreas on link.ProductAreaId equals area.Id
                           where ids.Contains(link.OrganizationId)
                           orderby area.SortOrder
                           select new { link.OrganizationId, area.Name }).ToListAsync(cancellationToken);
        var states = await db.Set<OrganizationServedState>().Where(s => ids.Contains(s.OrganizationId))
            .OrderBy(s => s.State).Select(s => new { s.OrganizationId, s.State }).ToListAsync(cancellationToken);

        var rows = page.Items.Select(o => new DirectoryRow(
            o.Id, o.LegalName, o.City, o.State, o.AcceptingReferrals,
            areas.Where(a => a.OrganizationId == o.Id).Select(a => a.Name).ToList(),
            states.Where(s => s.OrganizationId == o.Id).Select(s => s.State).ToList())).ToList();
        var options = await db.ProductAreas.AsNoTracking().OrderBy(p => p.SortOrder)
            .Select(p => new ProductAreaOption(p.Id, p.Name, p.IsBountyEligible)).ToListAsync(cancellationToken);
        var relationships = viewerOrganizationId is { } viewer
            ? await network.KindsAsync(viewer, ids, cancellationToken)
            : new Dictionary<int, Domain.Network.RelationshipKind>();
        return new DirectoryViewModel(
            query, new PagedList<DirectoryRow>(rows, page.Page, page.PageSize, page.TotalCount), options, viewerOrganizationId, relationships);
    }
}
