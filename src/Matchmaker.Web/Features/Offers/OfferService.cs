using Matchmaker.Data;
using Matchmaker.Domain.Common;
using Matchmaker.Domain.Leads;
using Matchmaker.Web.Features.Bounties;
using Matchmaker.Web.Features.Leads;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Features.Offers;

/// <summary>The receiving side: offers waiting for an answer, and leads the organization accepted.</summary>
public sealed class OfferService(MatchmakerDbContext db, LeadService leads, LeadNotifications notifications, BountyService bounties, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<OffersViewModel> ListAsync(int organizationId, CancellationToken cancellationToken)
    {
        var pending = await SummariesAsync(
            db.Referrals.Where(r => r.ReceiverOrganizationId == organizationId && r.Status == ReferralStatus.Pending && r.DeadlineUtc > Now),
            cancellationToken);
        var working = await (from l in db.Leads.AsNoTracking()
                             join o in db.Organizations on l.OwnerOrganizationId equals o.Id
                             join r in db.Referrals on l.AcceptedReferralId equals r.Id
                             where l.AcceptedByOrganizationId == organizationId
                             orderby l.Status == LeadStatus.Accepted descending, r.RespondedAtUtc descending
                             select new WorkingLeadRow(l.Id, l.CustomerCompany, l.CustomerState, l.Status, l.Stage, l.EstimatedValueCents, o.LegalName, r.RespondedAtUtc ?? r.OfferedAtUtc))
            .Take(100).ToListAsync(cancellationToken);
        return new OffersViewModel(pending, working);
    }

    public Task<int> PendingCountAsync(int organizationId, CancellationToken cancellationToken) =>
        db.Referrals.CountAsync(r => r.ReceiverOrganizationId == organizationId && r.Status == ReferralStatus.Pending && r.DeadlineUtc > Now, cancellationToken);

    /// <summary>The redacted summary of an offer made to this organization; each look is logged for the owner.</summary>
    public async Task<(OfferSummary? Offer, int? AcceptedLeadId)> GetAsync(int organizationId, int referralId, LeadViewer viewer, CancellationToken cancellationToken)
    {
        var referral = await db.Referrals.AsNoTracking()
            .Where(r => r.Id == referralId && r.ReceiverOrganizationId == organizationId)
            .Select(r => new { r.Status, r.LeadId }).SingleOrDefaultAsync(cancellationToken);
        if (referral is null)
        {
            return (null, null);
        }

        if (referral.Status == ReferralStatus.Accepted)
        {
            return (null, referral.LeadId);
        }

        if (referral.Status != ReferralStatus.Pending)
        {
            return (null, null);
        }

        var summary = (await SummariesAsync(db.Referrals.Where(r => r.Id == referralId), cancellationToken)).Single();
        db.LeadAccessLog.Add(new LeadAccess(summary.LeadId, viewer.UserId, organizationId, viewer.Role, AccessLevel.Summary, Now));
        await db.SaveChangesAsync(cancellationToken);
        return (summary, null);
    }

    /// <summary>Accepts the offer. Of two receivers accepting at once, exactly one wins; the other is told the lead is taken.</summary>
    public async Task<int?> AcceptAsync(int organizationId, int referralId, string userId, CancellationToken cancellationToken)
    {
        int? leadId = null;
        var found = await leads.MutateAsync(
            l => l.Referrals.Any(r => r.Id == referralId && r.ReceiverOrganizationId == organizationId),
            lead =>
            {
                leadId = lead.Id;
                lead.AcceptReferral(referralId, organizationId, userId, Now);
                return Task.CompletedTask;
            },
            async lead =>
            {
                await bounties.CreateForAcceptedLeadAsync(lead.Id, cancellationToken);
                await notifications.OfferAnsweredAsync(lead, organizationId, "accepted", cancellationToken);
            },
            cancellationToken);
        return found ? leadId : null;
    }

    public Task<bool> DeclineAsync(int organizationId, int referralId, DeclineInput input, string userId, CancellationToken cancellationToken) =>
        leads.MutateAsync(
            l => l.Referrals.Any(r => r.Id == referralId && r.ReceiverOrganizationId == organizationId),
            lead =>
            {
                lead.DeclineReferral(referralId, organizationId, Enum.Parse<OutcomeReason>(input.Reason), input.Comment, userId, Now);
                return Task.CompletedTask;
            },
            lead => notifications.OfferAnsweredAsync(lead, organizationId, "declined", cancellationToken),
            cancellationToken);

    private async Task<IReadOnlyList<OfferSummary>> SummariesAsync(IQueryable<Referral> referrals, CancellationToken cancellationToken)
    {
        var rows = await (from r in referrals.AsNoTracking()
                          join l in db.Leads on r.LeadId equals l.Id
                          join o in db.Organizations on l.OwnerOrganizationId equals o.Id
                          orderby r.DeadlineUtc
                          select new
                          {
                              r.Id, r.LeadId, Owner = o.LegalName, l.CustomerCity, l.CustomerState, l.CustomerIndustry, l.CustomerSize,
                              l.EstimatedValueCents, l.Timeframe, l.Need, r.OfferedAtUtc, r.DeadlineUtc, r.Route,
                          }).Take(200).ToListAsync(cancellationToken);
        var names = await leads.ProductAreaNamesAsync(rows.Select(r => r.LeadId).ToList(), cancellationToken);
        // The vendor route hides who submitted the lead; the receiver deals with the vendor.
        return rows.Select(r => new OfferSummary(
            r.Id, r.LeadId, r.Route == LeadRoute.Vendor ? "The vendor's account team" : r.Owner, r.CustomerCity, r.CustomerState,
            r.CustomerIndustry, r.CustomerSize, r.EstimatedValueCents, r.Timeframe, r.Need, names[r.LeadId].ToList(), r.OfferedAtUtc,
            r.DeadlineUtc, r.Route)).ToList();
    }
}
