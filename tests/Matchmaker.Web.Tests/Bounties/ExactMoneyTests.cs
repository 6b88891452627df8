using Matchmaker.Web.Tests.Infrastructure;

namespace Matchmaker.Web.Tests.Bounties;

/// <summary>Money is integer cents end to end: ten cents and twenty cents make exactly thirty.</summary>
public sealed class ExactMoneyTests(MatchmakerFactory factory) : IClassFixture<MatchmakerFactory>
{
    private readonly BountySteps _steps = new(factory);

    [Fact]
    public async Task Approving_10_and_20_cent_bounties_adds_exactly_30_cents_to_the_budget_summary()
    {
        using var admin = await BountySteps.AdminAsync(factory);
        var dime = await _steps.PendingBountyAsync(BountySteps.Lakeshore, BountySteps.Empire, amountCents: 10);
        var twenty = await _steps.PendingBountyAsync(BountySteps.Lakeshore, BountySteps.Cascade, amountCents: 20);
        var settings = await _steps.SettingsAsync();
        Assert.Equal(50_000, settings.BountyCommittedCents);
        Assert.Matches(@"\$250\.30\s*Waiting for approval", (await admin.GetPageAsync("/admin/bounties")).Text);

        foreach (var id in new[] { dime, twenty })
        {
            using var response = await admin.SubmitFormAsync("/admin/bounties", $"/admin/bounties/{id}/approve");
            Assert.Contains("Bounty approved.", await BountySteps.MessageAfterAsync(admin, response), StringComparison.Ordinal);
        }

        Assert.Equal(50_030, await _steps.CommittedCentsAsync());
        Assert.Equal(50_030, await _steps.ApprovedAndPaidSumAsync());
        var page = await admin.GetPageAsync("/admin/bounties?status=Approved");
        Assert.Matches(@"\$500\.30\s*Approved and paid", page.Text);
        Assert.Matches(@"\$24,499\.70\s*Remaining", page.Text);
        Assert.Contains("$0.10 for Lakeshore Dynamics Partners", page.Text, StringComparison.Ordinal);
        Assert.Contains("$0.20 for Lakeshore Dynamics Partners", page.Text, StringComparison.Ordinal);
        var csv = await admin.GetStringAsync(new Uri("/admin/bounties/export", UriKind.Relative));
        Assert.Contains(",0.10,", csv, StringComparison.Ordinal);
        Assert.Contains(",0.20,", csv, StringComparison.Ordinal);
    }
}
