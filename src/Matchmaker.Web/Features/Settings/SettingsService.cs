using System.Globalization;
using Matchmaker.Data;
using Matchmaker.Domain.Settings;
using Matchmaker.Web.Features.Organization;
using Matchmaker.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Features.Settings;

/// <summary>The program settings page: every change is recorded with who, when, and the old and new value.</summary>
public sealed class SettingsService(MatchmakerDbContext db, TimeProvider clock)
{
    public const string BudgetBelowCommitted = "The budget cannot be lower than what is already approved or paid.";

    public async Task<SettingsViewModel> GetAsync(SettingsInput? input, CancellationToken cancellationToken)
    {
        var settings = await db.ProgramSettings.AsNoTracking().SingleAsync(cancellationToken);
        var version = await db.ProgramSettings.Select(s => EF.Property<Guid>(s, MatchmakerDbContext.VersionProperty)).SingleAsync(cancellationToken);
        var areas = await db.ProductAreas.AsNoTracking().OrderBy(p => p.SortOrder)
            .Select(p => new ProductAreaOption(p.Id, p.Name, p.IsBountyEligible)).ToListAsync(cancellationToken);
        var history = await (from c in db.SettingChanges.AsNoTracking()
                             join u in db.Users on c.ChangedByUserId equals u.Id
                             orderby c.ChangedAtUtc descending, c.Id descending
                             select new SettingChangeRow(c.Setting, c.OldValue, c.NewValue, u.DisplayName, c.ChangedAtUtc)).Take(50).ToListAsync(cancellationToken);
        input ??= new SettingsInput
        {
            BountyAmount = Dollars.FromCents(settings.BountyAmountCents),
            BountyBudget = Dollars.FromCents(settings.BountyBudgetCents),
            ReferralResponseDays = settings.ReferralResponseDays,
            QueueServiceLevelBusinessDays = settings.QueueServiceLevelBusinessDays,
            DuplicateWindowDays = settings.DuplicateWindowDays,
            EligibleProductAreaIds = areas.Where(a => a.IsBountyEligible).Select(a => a.Id).ToArray(),
            Version = version,
        };
        return new SettingsViewModel(input, areas, settings.BountyCommittedCents, history);
    }

    public async Task<int> SaveAsync(SettingsInput input, string userId, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        var settings = await db.ProgramSettings.SingleAsync(cancellationToken);
        db.Entry(settings).Property(MatchmakerDbContext.VersionProperty).OriginalValue = input.Version;
        var now = clock.GetUtcNow().UtcDateTime;
        var changes = new List<SettingChange>();
        void Record(string name, string before, string after)
        {
            if (before != after)
            {
                changes.Add(new SettingChange(name, before, after, userId, now));
            }
        }

        Dollars.TryParseCents(input.BountyAmount, out var amount);
        Dollars.TryParseCents(input.BountyBudget, out var budget);
        Record("Bounty amount", Money.Format(settings.BountyAmountCents), Money.Format(amount));
        Record("Bounty budget", Money.Format(settings.BountyBudgetCents), Money.Format(budget));
        Record("Referral response window (days)", Text(settings.ReferralResponseDays), Text(input.ReferralResponseDays));
        Record("Queue service level (business days)", Text(settings.QueueServiceLevelBusinessDays), Text(input.QueueServiceLevelBusinessDays));
        Record("Duplicate window (days)", Text(settings.DuplicateWindowDays), Text(input.DuplicateWindowDays));
        settings.ChangeBountyAmount(amount);
        if (budget < settings.BountyCommittedCents)
        {
            errors.AddModelError("Input.BountyBudget", BudgetBelowCommitted);
            return -1;
        }

        settings.ChangeBountyBudget(budget);
        settings.ChangeReferralResponseDays(input.ReferralResponseDays);
        settings.ChangeQueueServiceLevel(input.QueueServiceLevelBusinessDays);
        settings.ChangeDuplicateWindowDays(input.DuplicateWindowDays);

        var eligible = input.EligibleProductAreaIds.ToHashSet();
        foreach (var area in await db.ProductAreas.ToListAsync(cancellationToken))
        {
            if (area.IsBountyEligible != eligible.Contains(area.Id))
            {
                Record($"Bounty-eligible: {area.Name}", area.IsBountyEligible ? "yes" : "no", eligible.Contains(area.Id) ? "yes" : "no");
                area.SetBountyEligible(eligible.Contains(area.Id));
            }
        }

        var entry = db.Entry(settings);
        entry.State = EntityState.Modified;
        // The committed total belongs to bounty approvals (a conditional update of its own), and the
        // budget is written below under the condition that it still covers that total.
        entry.Property(s => s.BountyCommittedCents).IsModified = false;
        entry.Property(s => s.BountyBudgetCents).IsModified = false;
        db.SettingChanges.AddRange(changes);
        try
        {
            return await db.InTransactionAsync(async ct =>
            {
                await db.SaveChangesAsync(ct);
                var budgetKept = await db.ProgramSettings
                    .Where(s => s.Id == ProgramSettings.SingletonId && s.BountyCommittedCents <= budget)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.BountyBudgetCents, budget), ct);
                if (budgetKept == 0)
                {
                    errors.AddModelError("Input.BountyBudget", BudgetBelowCommitted);
                    return (false, -1);
                }

                return (true, changes.Count);
            }, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            errors.AddModelError(string.Empty, "Another admin saved the settings while you were editing. Reload the page to see their values, then make your change again.");
            return -1;
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
