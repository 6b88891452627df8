using System.Globalization;
using Matchmaker.Data;
using Matchmaker.Domain.Leads;
using Matchmaker.Domain.Network;
using Matchmaker.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Features.Queue;

/// <summary>
/// Decides which partners qualify for a lead and ranks them. One query evaluates every rule and
/// figure for a set of candidate organizations, whatever their number.
/// </summary>
public sealed class PartnerMatcher(MatchmakerDbContext db)
{
    private static readonly CultureInfo UsCulture = CultureInfo.GetCultureInfo("en-US");

    /// <summary>Qualified partners for the lead, best first.</summary>
    public async Task<IReadOnlyList<Candidate>> SuggestAsync(int leadId, CancellationToken cancellationToken)
    {
        var lead = await LeadFactsAsync(leadId, cancellationToken);
        var candidates = db.Organizations.Where(o =>
            o.ServedStates.Any(s => s.State == lead.State) && o.ProductAreas.Any(p => lead.AreaIds.Contains(p.ProductAreaId)));
        return (await EvaluateAsync(lead, candidates, cancellationToken)).Where(c => c.Qualified)
            .OrderByDescending(c => c.Score).ThenBy(c => c.Name, StringComparer.Ordinal).Take(25).ToList();
    }

    /// <summary>Any organizations by name, each with the reasons it does or does not qualify.</summary>
    public async Task<IReadOnlyList<Candidate>> SearchAsync(int leadId, string search, CancellationToken cancellationToken)
    {
        var lead = await LeadFactsAsync(leadId, cancellationToken);
        var upper = search.Trim().ToUpperInvariant();
        var candidates = db.Organizations.Where(o => o.NormalizedLegalName.Contains(upper)).OrderBy(o => o.NormalizedLegalName).Take(20);
        return await EvaluateAsync(lead, candidates, cancellationToken);
    }

    public async Task<IReadOnlyList<Candidate>> EvaluateAsync(int leadId, IReadOnlyCollection<int> organizationIds, CancellationToken cancellationToken)
    {
        var lead = await LeadFactsAsync(leadId, cancellationToken);
        return await EvaluateAsync(lead, db.Organizations.Where(o => organizationIds.Contains(o.Id)), cancellationToken);
    }

    private sealed record LeadFacts(int Id, int OwnerId, string State, List<int> AreaIds);

    private async Task<LeadFacts> LeadFactsAsync(int leadId, CancellationToken cancellationToken)
    {
        var lead = await db.Leads.AsNoTracking().Where(l => l.Id == leadId)
            .Select(l => new { l.Id, l.OwnerOrganizationId, l.CustomerState, Areas = l.ProductAreas.Select(p => p.ProductAreaId).ToList() })
            .SingleAsync(cancellationToken);
        return new LeadFacts(lead.Id, lead.OwnerOrganizationId, lead.CustomerState, lead.Areas);
    }

    private async Task<IReadOnlyList<Candidate>> EvaluateAsync(LeadFacts lead, IQueryable<PartnerOrganization> candidates, CancellationToken cancellationToken)
    {
        var rows = await candidates.AsNoTracking().Select(o => new
        {
            o.Id, o.LegalName, o.City, o.State, o.Status, o.AcceptingReferrals, o.Capacity,
            ServesState = o.ServedStates.Any(s => s.State == lead.State),
            MatchingAreas = o.ProductAreas.Count(p => lead.AreaIds.Contains(p.ProductAreaId)),
            Excluded = db.Relationships.Any(r => r.OrganizationId == lead.OwnerId && r.OtherOrganizationId == o.Id && r.Kind == RelationshipKind.Excluded),
            AlreadyReferred = db.Referrals.Any(r => r.LeadId == lead.Id && r.ReceiverOrganizationId == o.Id),
            OpenAccepted = db.Leads.Count(l => l.AcceptedByOrganizationId == o.Id && l.Status == LeadStatus.Accepted),
            Accepted = db.Referrals.Count(r => r.ReceiverOrganizationId == o.Id && r.Status == ReferralStatus.Accepted),
            Answered = db.Referrals.Count(r => r.ReceiverOrganizationId == o.Id &&
                (r.Status == ReferralStatus.Accepted || r.Status == ReferralStatus.Declined || r.Status == ReferralStatus.Expired)),
            Won = db.Leads.Count(l => l.AcceptedByOrganizationId == o.Id && l.Status == LeadStatus.Won),
            Closed = db.Leads.Count(l => l.AcceptedByOrganizationId == o.Id && (l.Status == LeadStatus.Won || l.Status == LeadStatus.Lost)),
        }).ToListAsync(cancellationToken);

        return rows.Select(o =>
        {
            var problems = new List<string>();
            if (o.Id == lead.OwnerId) { problems.Add("It owns this lead."); }
            if (o.Status != OrganizationStatus.Authorized) { problems.Add("It is not an authorized partner."); }
            if (o.Excluded) { problems.Add("The owner excluded it."); }
            if (o.AlreadyReferred) { problems.Add("It was already offered or proposed this lead (or declined it, or let it expire)."); }
            if (!o.AcceptingReferrals) { problems.Add("It is not accepting referrals now."); }
            if (o.OpenAccepted >= o.Capacity) { problems.Add($"It is at capacity ({o.OpenAccepted} of {o.Capacity} open referrals)."); }
            if (!o.ServesState) { problems.Add($"It does not serve {lead.State}."); }
            if (o.MatchingAreas == 0) { problems.Add("It sells none of the lead's product areas."); }

            var fit = lead.AreaIds.Count == 0 ? 0 : (double)o.MatchingAreas / lead.AreaIds.Count;
            var acceptance = o.Answered == 0 ? 0.5 : (double)o.Accepted / o.Answered;
            var winRate = o.Closed == 0 ? 0.5 : (double)o.Won / o.Closed;
            var load = o.Capacity == 0 ? 1 : Math.Min(1, (double)o.OpenAccepted / o.Capacity);
            var score = (0.4 * fit) + (0.25 * acceptance) + (0.2 * winRate) + (0.15 * (1 - load));
            var reasons = new List<string>
            {
                $"Sells {o.MatchingAreas} of the lead's {lead.AreaIds.Count} product area(s)",
                o.ServesState ? $"Serves {lead.State}" : $"Does not serve {lead.State}",
                $"Load {o.OpenAccepted} of {o.Capacity}",
                o.Answered == 0 ? "No offers answered yet" : string.Create(UsCulture, $"Accepts {acceptance:P0} of offers ({o.Accepted} of {o.Answered})"),
                o.Closed == 0 ? "No closed deals yet" : string.Create(UsCulture, $"Wins {winRate:P0} ({o.Won} of {o.Closed})"),
            };
            return new Candidate(o.Id, o.LegalName, o.City, o.State, problems.Count == 0, score, reasons, problems);
        }).ToList();
    }
}
