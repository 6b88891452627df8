using Matchmaker.Data;
using Matchmaker.Domain.Leads;
using Matchmaker.Domain.Network;
using Matchmaker.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Features.Home;

public sealed class HomeService(MatchmakerDbContext db, TimeProvider clock)
{
    private static readonly LeadStatus[] OpenStatuses =
        [LeadStatus.AwaitingReview, LeadStatus.AwaitingOwnerConsent, LeadStatus.Offered, LeadStatus.Returned, LeadStatus.Accepted];

    public async Task<PartnerHomeViewModel?> PartnerAsync(int organizationId, bool isOrganizationAdmin, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId)
            .Select(o => new PartnerHomeViewModel(
                o.LegalName, o.Status, o.StatusReason, isOrganizationAdmin,
                o.ProductAreas.Any(), o.ServedStates.Any(),
                db.Users.Count(u => u.OrganizationId == o.Id && u.DeactivatedAtUtc == null),
                db.Invitations.Count(i => i.OrganizationId == o.Id && i.AcceptedAtUtc == null && i.RevokedAtUtc == null && i.ExpiresAtUtc > now),
                o.AcceptingReferrals, o.Capacity,
                db.Relationships.Count(r => r.OrganizationId == o.Id && r.Kind == RelationshipKind.Preferred),
                db.Leads.Count(l => l.OwnerOrganizationId == o.Id && OpenStatuses.Contains(l.Status)),
                db.Referrals.Count(r => r.ReceiverOrganizationId == o.Id && r.Status == ReferralStatus.Pending && r.DeadlineUtc > now)))
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<NetworkSummary> NetworkAsync(CancellationToken cancellationToken)
    {
        var counts = await db.Organizations.GroupBy(o => o.Status)
            .Select(g => new { g.Key, Count = g.Count(), Accepting = g.Count(o => o.AcceptingReferrals) })
            .ToListAsync(cancellationToken);
        var states = await db.Organizations.Where(o => o.Status == OrganizationStatus.Authorized)
            .SelectMany(o => o.ServedStates).Select(s => s.State).Distinct().CountAsync(cancellationToken);
        int Count(OrganizationStatus status) => counts.Where(c => c.Key == status).Sum(c => c.Count);
        return new NetworkSummary(
            Count(OrganizationStatus.Authorized),
            counts.Where(c => c.Key == OrganizationStatus.Authorized).Sum(c => c.Accepting),
            states,
            Count(OrganizationStatus.PendingVerification),
            Count(OrganizationStatus.Suspended));
    }

    public Task<int> StaffCountAsync(CancellationToken cancellationToken) =>
        db.Users.CountAsync(u => u.OrganizationId == null, cancellationToken);
}
