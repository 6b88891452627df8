using Matchmaker.Web.Tests.Infrastructure;

namespace Matchmaker.Web.Tests.Bounties;

/// <summary>A settings save at the same moment as approvals never loses an approval from the committed total.</summary>
public sealed class SettingsSaveDuringApprovalsTests(MatchmakerFactory factory) : IClassFixture<MatchmakerFactory>
{
    private readonly BountySteps _steps = new(factory);

    [Fact]
    public async Task Committed_still_equals_the_approved_and_paid_amounts_after_settings_saves_race_approvals()
    {
        const int approvals = 12;
        const int saves = 12;
        using var admin = await BountySteps.AdminAsync(factory);
        using var finance = await BountySteps.FinanceAsync(factory);
        var bountyIds = new List<int>();
        for (var i = 0; i < approvals; i++)
        {
            bountyIds.Add(await _steps.PendingBountyAsync(BountySteps.Lakeshore, BountySteps.Empire));
        }

        var approving = Task.Run(async () =>
        {
            foreach (var id in bountyIds)
            {
                using var response = await admin.PostWithTokenAsync($"/admin/bounties/{id}/approve");
            }
        });
        var saving = Task.Run(async () =>
        {
            for (var i = 0; i < saves; i++)
            {
                using var response = await finance.SubmitFormAsync("/admin/settings", "/admin/settings", ("Input.ReferralResponseDays", (7 + (i % 2)).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        });
        await Task.WhenAll(approving, saving);

        Assert.Equal(await _steps.ApprovedAndPaidSumAsync(), await _steps.CommittedCentsAsync());
    }
}
