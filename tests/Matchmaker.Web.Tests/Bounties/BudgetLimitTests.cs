using System.Globalization;
using Matchmaker.Domain.Bounties;
using Matchmaker.Web.Tests.Infrastructure;

namespace Matchmaker.Web.Tests.Bounties;

/// <summary>Approvals never take approved and paid bounties above the program's budget, even in parallel.</summary>
public sealed class BudgetLimitTests(MatchmakerFactory factory) : IClassFixture<MatchmakerFactory>
{
    private readonly BountySteps _steps = new(factory);

    [Fact]
    public async Task Parallel_approvals_near_the_budget_approve_only_what_fits_and_committed_matches_the_approved_amounts()
    {
        const int candidates = 6;
        const int fit = 3;
        using var admin = await BountySteps.AdminAsync(factory);
        var bountyIds = new List<int>();
        for (var i = 0; i < candidates; i++)
        {
            bountyIds.Add(await _steps.PendingBountyAsync(BountySteps.Lakeshore, BountySteps.Cascade));
        }

        var budget = await _steps.CommittedCentsAsync() + (fit * 25_000);
        await SetBudgetOnTheSettingsPageAsync(admin, budget);

        // One browser per request: each keeps its own confirmation, as each admin's tab would.
        var forms = new List<(HttpClient Browser, HtmlForm Form)>();
        for (var i = 0; i < candidates; i++)
        {
            var browser = i % 2 == 0 ? await BountySteps.AdminAsync(factory) : await BountySteps.FinanceAsync(factory);
            forms.Add((browser, (await browser.GetPageAsync("/admin/bounties")).Form($"/admin/bounties/{bountyIds[i]}/approve")));
        }

        var responses = await Task.WhenAll(forms.Select(f => Task.Run(() => f.Form.PostAsync(f.Browser))));
        var messages = new List<string>();
        for (var i = 0; i < candidates; i++)
        {
            messages.Add(await BountySteps.MessageAfterAsync(forms[i].Browser, responses[i]));
            responses[i].Dispose();
            forms[i].Browser.Dispose();
        }

        Assert.True(fit == messages.Count(m => m.Contains("Bounty approved.", StringComparison.Ordinal)), string.Join(" / ", messages));
        Assert.Equal(candidates - fit, messages.Count(m => m.Contains("above the program's budget", StringComparison.Ordinal)));
        var statuses = new List<BountyStatus>();
        foreach (var id in bountyIds)
        {
            statuses.Add((await _steps.BountyAsync(id)).Status);
        }

        Assert.Equal(fit, statuses.Count(s => s == BountyStatus.Approved));
        Assert.Equal(candidates - fit, statuses.Count(s => s == BountyStatus.PendingApproval));
        var settings = await _steps.SettingsAsync();
        Assert.Equal(budget, settings.BountyCommittedCents);
        Assert.True(settings.BountyCommittedCents <= settings.BountyBudgetCents);
        Assert.Equal(await _steps.ApprovedAndPaidSumAsync(), settings.BountyCommittedCents);
    }

    [Fact]
    public async Task An_approval_that_would_pass_the_budget_is_refused_with_the_reason_and_the_bounty_stays_pending()
    {
        using var admin = await BountySteps.AdminAsync(factory);
        var bountyId = await _steps.PendingBountyAsync(BountySteps.Lakeshore, BountySteps.Golden);
        await _steps.SetBudgetRoomAsync(24_999);
        var committed = await _steps.CommittedCentsAsync();

        using var response = await admin.SubmitFormAsync("/admin/bounties", $"/admin/bounties/{bountyId}/approve");

        Assert.Contains("Raise the budget in the program settings first.", await BountySteps.MessageAfterAsync(admin, response), StringComparison.Ordinal);
        Assert.Equal(BountyStatus.PendingApproval, (await _steps.BountyAsync(bountyId)).Status);
        Assert.Equal(committed, await _steps.CommittedCentsAsync());
    }

    private static async Task SetBudgetOnTheSettingsPageAsync(HttpClient admin, long budgetCents)
    {
        using var saved = await admin.SubmitFormAsync("/admin/settings", "/admin/settings",
            ("Input.BountyBudget", (budgetCents / 100m).ToString("0.00", CultureInfo.InvariantCulture)));
        saved.AssertRedirectsTo("/admin/settings");
    }
}
