using System.Globalization;
using Matchmaker.Data;
using Matchmaker.Domain.Common;
using Matchmaker.Domain.Leads;
using Matchmaker.Web.Features.Leads;
using Matchmaker.Web.Features.Organization;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Features.Queue;

/// <summary>The vendor's review queue: vendor-route leads, filtered, sorted and keyset-paged in the database.</summary>
public sealed class QueueService(MatchmakerDbContext db, LeadService leads, PartnerMatcher matcher, LeadNotifications notifications, TimeProvider clock)
{
    public const int PageSize = 25;

    private static readonly LeadStatus[] QueueStatuses = [LeadStatus.AwaitingReview, LeadStatus.AwaitingOwnerConsent, LeadStatus.Offered];

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<QueueViewModel> ListAsync(QueueQuery query, string userId, CancellationToken cancellationToken)
    {
        var status = query.Status is { } wanted && QueueStatuses.Contains(wanted) ? wanted : LeadStatus.AwaitingReview;
        var queue = db.Leads.AsNoTracking().Where(l => l.Status == status && l.Route == LeadRoute.Vendor);
        if (UsStates.IsValid(query.State))
        {
            queue = queue.Where(l => l.CustomerState == query.State);
        }

        if (query.ProductAreaId is { } areaId)
        {
            queue = queue.Where(l => l.ProductAreas.Any(p => p.ProductAreaId == areaId));
        }

        if (query.MinAgeDays is > 0 and < 3650)
        {
            var before = Now.AddDays(-query.MinAgeDays.Value);
            queue = queue.Where(l => l.SubmittedAtUtc <= before);
        }

        queue = query.Claim switch
        {
            "unclaimed" => queue.Where(l => l.ClaimedByUserId == null),
            "claimed" => queue.Where(l => l.ClaimedByUserId != null),
            "mine" => queue.Where(l => l.ClaimedByUserId == userId),
            _ => queue,
        };
        if (query.DuplicatesOnly)
        {
            queue = queue.Where(l => l.PossibleDuplicateOfLeadId != null);
        }

        var total = await queue.CountAsync(cancellationToken);
        var (afterKey, afterId) = ParseCursor(query.After);
        var sort = query.Sort is "value" or "state" ? query.Sort : "age";
        var afterValue = afterKey is not null && long.TryParse(afterKey, NumberStyles.None, CultureInfo.InvariantCulture, out var parsedValue) ? parsedValue : 0;
        var afterDate = afterKey is null ? DateTime.MinValue : AfterDate(afterKey);
        var afterState = afterKey ?? string.Empty;
        IQueryable<Lead> page = sort switch
        {
            "value" => (afterId is null ? queue : queue.Where(l => l.EstimatedValueCents < afterValue
                    || (l.EstimatedValueCents == afterValue && l.Id > afterId)))
                .OrderByDescending(l => l.EstimatedValueCents).ThenBy(l => l.Id),
            "state" => (afterId is null ? queue : queue.Where(l => string.Compare(l.CustomerState, afterState) > 0
                    || (l.CustomerState == afterState && l.Id > afterId)))
                .OrderBy(l => l.CustomerState).ThenBy(l => l.Id),
            _ => (afterId is null ? queue : queue.Where(l => l.SubmittedAtUtc > afterDate
                    || (l.SubmittedAtUtc == afterDate && l.Id > afterId)))
                .OrderBy(l => l.SubmittedAtUtc).ThenBy(l => l.Id),
        };

        var rows = await page.Take(PageSize + 1).Select(l => new
        {
            l.Id, l.CustomerCompany, l.CustomerCity, l.CustomerState, l.EstimatedValueCents, l.SubmittedAtUtc, l.ClaimedByUserId, l.Status,
            HeldBy = db.Users.Where(u => u.Id == l.ClaimedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
            Duplicate = l.PossibleDuplicateOfLeadId != null,
            l.RequireOwnerConsent,
            Owner = db.Organizations.Where(o => o.Id == l.OwnerOrganizationId).Select(o => o.LegalName).First(),
        }).ToListAsync(cancellationToken);

        var settings = await db.ProgramSettings.AsNoTracking().SingleAsync(cancellationToken);
        var shown = rows.Take(PageSize).ToList();
        var names = await leads.ProductAreaNamesAsync(shown.Select(r => r.Id).ToList(), cancellationToken);
        var result = shown.Select(l =>
        {
            var waiting = BusinessDays.Between(l.SubmittedAtUtc, Now);
            return new QueueRow(
                l.Id, l.CustomerCompany, l.CustomerCity, l.CustomerState, l.EstimatedValueCents, l.SubmittedAtUtc, waiting,
                l.ClaimedByUserId is null && l.Status == LeadStatus.AwaitingReview && waiting > settings.QueueServiceLevelBusinessDays,
                l.HeldBy, l.ClaimedByUserId == userId, l.Duplicate, l.RequireOwnerConsent, l.Owner, l.Status, names[l.Id].ToList());
        }).ToList();

        string? next = null;
        if (rows.Count > PageSize)
        {
            var last = shown[^1];
            next = sort switch
            {
                "value" => Cursor(last.EstimatedValueCents.ToString(CultureInfo.InvariantCulture), last.Id),
                "state" => Cursor(last.CustomerState, last.Id),
                _ => Cursor(last.SubmittedAtUtc.Ticks.ToString(CultureInfo.InvariantCulture), last.Id),
            };
        }

        var areas = await db.ProductAreas.AsNoTracking().OrderBy(p => p.SortOrder)
            .Select(p => new ProductAreaOption(p.Id, p.Name, p.IsBountyEligible)).ToListAsync(cancellationToken);
        return new QueueViewModel(query with { Status = status, Sort = sort }, result, total, next, areas, settings.QueueServiceLevelBusinessDays);
    }

    public Task<int> UnclaimedCountAsync(CancellationToken cancellationToken) =>
        db.Leads.CountAsync(l => l.Status == LeadStatus.AwaitingReview && l.ClaimedByUserId == null, cancellationToken);

    /// <summary>A vendor-route lead for an account manager (each look logged), with ranked suggestions. Null for a peer-route lead.</summary>
    public async Task<QueueLeadViewModel?> GetAsync(int leadId, LeadViewer viewer, string? search, CancellationToken cancellationToken)
    {
        var details = await leads.GetAsync(leadId, viewer, cancellationToken);
        if (details is null)
        {
            return null;
        }

        var holder = await db.Leads.Where(l => l.Id == leadId)
            .Select(l => new { l.ClaimedByUserId, Name = db.Users.Where(u => u.Id == l.ClaimedByUserId).Select(u => u.DisplayName).FirstOrDefault() })
            .SingleAsync(cancellationToken);
        // Suggestions are worked out only for the account manager who holds the lead and can act on them.
        var awaiting = details.Status == LeadStatus.AwaitingReview && holder.ClaimedByUserId == viewer.UserId;
        var suggestions = awaiting ? await matcher.SuggestAsync(leadId, cancellationToken) : [];
        var found = awaiting && !string.IsNullOrWhiteSpace(search) && search.Length <= 200
            ? await matcher.SearchAsync(leadId, search, cancellationToken)
            : [];
        return new QueueLeadViewModel(details, holder.Name, holder.ClaimedByUserId == viewer.UserId, suggestions, search, found, new RejectInput());
    }

    public Task<bool> ClaimAsync(int leadId, string userId, bool takeOver, CancellationToken cancellationToken) =>
        leads.MutateAsync(l => l.Id == leadId && l.Route == LeadRoute.Vendor, async lead =>
        {
            if (takeOver && lead.ClaimedByUserId is { } holder && holder != userId)
            {
                lead.TakeOver(userId, await NameOfAsync(holder, cancellationToken), Now);
            }
            else
            {
                lead.Claim(userId, Now);
            }
        }, null, cancellationToken);

    public Task<bool> ReleaseAsync(int leadId, string userId, CancellationToken cancellationToken) =>
        leads.MutateAsync(l => l.Id == leadId && l.Route == LeadRoute.Vendor,
            lead => { lead.Release(userId, Now); return Task.CompletedTask; }, null, cancellationToken);

    public Task<bool> RejectAsync(int leadId, RejectInput input, string userId, CancellationToken cancellationToken) =>
        leads.MutateAsync(l => l.Id == leadId && l.Route == LeadRoute.Vendor,
            lead => { lead.Reject(Enum.Parse<QueueRejectionReason>(input.Reason), input.Comment, userId, Now); return Task.CompletedTask; },
            null, cancellationToken);

    /// <summary>Refers the lead; every receiver is checked against the qualification rules on the server first.</summary>
    public async Task<bool> ReferAsync(int leadId, IReadOnlyList<int> organizationIds, string userId, CancellationToken cancellationToken)
    {
        var ids = organizationIds.Distinct().ToList();
        var exists = await db.Leads.AnyAsync(l => l.Id == leadId && l.Route == LeadRoute.Vendor, cancellationToken);
        if (!exists)
        {
            return false;
        }

        var evaluated = await matcher.EvaluateAsync(leadId, ids, cancellationToken);
        if (evaluated.Count != ids.Count)
        {
            throw new DomainException("Pick partners from the suggestions or the search.");
        }

        var refused = evaluated.FirstOrDefault(c => !c.Qualified);
        if (refused is not null)
        {
            throw new DomainException($"{refused.Name} cannot receive this lead: {string.Join(" ", refused.Problems)}");
        }

        var settings = await db.ProgramSettings.AsNoTracking().SingleAsync(cancellationToken);
        return await leads.MutateAsync(l => l.Id == leadId && l.Route == LeadRoute.Vendor,
            lead => { lead.ReferByVendor(ids, Now.AddDays(settings.ReferralResponseDays), userId, Now); return Task.CompletedTask; },
            lead => lead.Status == LeadStatus.Offered ? notifications.OffersMadeAsync(lead, ids, cancellationToken) : Task.CompletedTask,
            cancellationToken);
    }

    public Task<string> NameOfAsync(string userId, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleAsync(cancellationToken);

    private static string Cursor(string key, int id) => $"{key}~{id.ToString(CultureInfo.InvariantCulture)}";

    private static (string? Key, int? Id) ParseCursor(string? cursor)
    {
        var parts = cursor?.Split('~');
        if (parts is not { Length: 2 } || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return (null, null);
        }

        var key = parts[0];
        var valid = key.Length is > 0 and <= 20 && (key.All(char.IsAsciiDigit) || (key.Length == 2 && key.All(char.IsAsciiLetterUpper)));
        return valid ? (key, id) : (null, null);
    }

    private static DateTime AfterDate(string ticks) =>
        long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is > 0 and < 3155378975999999999
            ? new DateTime(value, DateTimeKind.Utc)
            : DateTime.MinValue;
}
