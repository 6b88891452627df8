using Matchmaker.Data;
using Matchmaker.Domain.Common;
using Matchmaker.Domain.Leads;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Features.Leads;

/// <summary>
/// Closes offers whose deadline passed. Safe to run twice or on two instances at once: each
/// expiry is saved under the lead's concurrency token, and an offer already closed is skipped.
/// </summary>
public sealed class ReferralExpiry(MatchmakerDbContext db, TimeProvider clock, ILogger<ReferralExpiry> logger)
{
    public const int BatchSize = 200;

    /// <summary>Expires what is due now; returns how many offers this run expired.</summary>
    public async Task<int> ExpireDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Referrals.AsNoTracking()
            .Where(r => r.Status == ReferralStatus.Pending && r.DeadlineUtc <= now)
            .OrderBy(r => r.DeadlineUtc).Select(r => new { r.Id, r.LeadId }).Take(BatchSize).ToListAsync(cancellationToken);
        var expired = 0;
        foreach (var referral in due)
        {
            db.ChangeTracker.Clear();
            var lead = await db.Leads.Include(l => l.Referrals).SingleAsync(l => l.Id == referral.LeadId, cancellationToken);
            try
            {
                lead.ExpireReferral(referral.Id, now);
                await db.SaveChangesAsync(cancellationToken);
                expired++;
            }
            catch (DomainException)
            {
                // Answered or withdrawn since the scan: nothing to expire.
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone (a receiver, the owner, another instance) changed the lead first; the next run looks again.
                logger.LogInformation("Expiry of referral {ReferralId} skipped: lead {LeadId} changed concurrently", referral.Id, referral.LeadId);
            }
        }

        db.ChangeTracker.Clear();
        if (expired > 0)
        {
            logger.LogInformation("Expired {Count} referral offers", expired);
        }

        return expired;
    }
}
