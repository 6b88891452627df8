using System.Globalization;
using Matchmaker.Data.Seeding;
using Matchmaker.Domain.Settings;
using Matchmaker.Web.Tests.Bounties;
using Matchmaker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Tests.Settings;

/// <summary>Every changed program setting is recorded with who changed it, the old and the new value.</summary>
public sealed class SettingChangeHistoryTests(MatchmakerFactory factory) : IClassFixture<MatchmakerFactory>
{
    private readonly BountySteps _steps = new(factory);

    [Fact]
    public async Task Each_changed_value_writes_one_change_row_with_the_admin_the_old_and_the_new_value()
    {
        using var admin = await BountySteps.AdminAsync(factory);
        var adminId = await _steps.UserIdAsync(DemoAccounts.Admin);
        var dynamicsSl = (await _steps.ProductAreaIdAsync("dynamics-sl")).ToString(CultureInfo.InvariantCulture);
        var hosting = (await _steps.ProductAreaIdAsync("hosting")).ToString(CultureInfo.InvariantCulture);
        var form = (await admin.GetPageAsync("/admin/settings")).Form("/admin/settings");
        var eligible = form.All("Input.EligibleProductAreaIds").Where(id => id != dynamicsSl).Append(hosting).ToArray();
        var before = await ChangeIdsAsync();

        using var response = await form
            .Set("Input.BountyAmount", "300")
            .Set("Input.BountyBudget", "$30,000.00")
            .Set("Input.ReferralResponseDays", "10")
            .Set("Input.QueueServiceLevelBusinessDays", "3")
            .Set("Input.DuplicateWindowDays", "120")
            .Set("Input.EligibleProductAreaIds", eligible)
            .PostAsync(admin);

        Assert.Contains("Settings saved (7 changes recorded).", await BountySteps.MessageAfterAsync(admin, response), StringComparison.Ordinal);
        var changes = await factory.InDatabaseAsync(db => db.SettingChanges.AsNoTracking().Where(c => !before.Contains(c.Id)).ToListAsync());
        Assert.Equal(7, changes.Count);
        Assert.All(changes, c => Assert.Equal(adminId, c.ChangedByUserId));
        Assert.All(changes, c => Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime, c.ChangedAtUtc));
        AssertChange(changes, "Bounty amount", "$250.00", "$300.00");
        AssertChange(changes, "Bounty budget", "$25,000.00", "$30,000.00");
        AssertChange(changes, "Referral response window (days)", "7", "10");
        AssertChange(changes, "Queue service level (business days)", "2", "3");
        AssertChange(changes, "Duplicate window (days)", "90", "120");
        AssertChange(changes, "Bounty-eligible: Dynamics SL", "yes", "no");
        AssertChange(changes, "Bounty-eligible: Hosting", "no", "yes");
        var settings = await _steps.SettingsAsync();
        Assert.Equal((30_000L, 3_000_000L, 10, 3, 120), (settings.BountyAmountCents, settings.BountyBudgetCents, settings.ReferralResponseDays,
            settings.QueueServiceLevelBusinessDays, settings.DuplicateWindowDays));
        Assert.Equal((false, true), await factory.InDatabaseAsync(async db => (
            await db.ProductAreas.Where(p => p.Code == "dynamics-sl").Select(p => p.IsBountyEligible).SingleAsync(),
            await db.ProductAreas.Where(p => p.Code == "hosting").Select(p => p.IsBountyEligible).SingleAsync())));
        var history = (await admin.GetPageAsync("/admin/settings")).Document.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(history, r => r.Contains("Bounty amount", StringComparison.Ordinal) && r.Contains("$300.00", StringComparison.Ordinal)
                                      && r.Contains("Alex Morgan", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Saving_without_a_change_records_nothing()
    {
        using var finance = await BountySteps.FinanceAsync(factory);
        var before = await ChangeIdsAsync();

        using var response = await finance.SubmitFormAsync("/admin/settings", "/admin/settings");

        Assert.Contains("Nothing changed.", await BountySteps.MessageAfterAsync(finance, response), StringComparison.Ordinal);
        Assert.Equal(before, await ChangeIdsAsync());
    }

    private static void AssertChange(IEnumerable<SettingChange> changes, string setting, string oldValue, string newValue)
    {
        var change = Assert.Single(changes, c => c.Setting == setting);
        Assert.Equal((oldValue, newValue), (change.OldValue, change.NewValue));
    }

    private Task<List<long>> ChangeIdsAsync() =>
        factory.InDatabaseAsync(db => db.SettingChanges.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync());
}
