using Matchmaker.Data.Seeding;
using Matchmaker.Domain.Bounties;
using Matchmaker.Web.Tests.Infrastructure;

namespace Matchmaker.Web.Tests.Bounties;

/// <summary>Two admins approving one bounty at the same moment: one approval, one clear refusal, the budget charged once.</summary>
public sealed class ParallelApprovalTests(MatchmakerFactory factory) : IClassFixture<MatchmakerFactory>
{
    private readonly BountySteps _steps = new(factory);

    [Fact]
    public async Task Two_admins_approving_the_same_bounty_at_once_record_one_approval_and_charge_the_budget_once()
    {
        const int rounds = 4;
        using var admin = await BountySteps.AdminAsync(factory);
        using var finance = await BountySteps.FinanceAsync(factory);
        var adminIds = new[] { await _steps.UserIdAsync(DemoAccounts.Admin), await _steps.UserIdAsync(DemoAccounts.SecondAdmin) };
        for (var round = 0; round < rounds; round++)
        {
            var bountyId = await _steps.PendingBountyAsync(BountySteps.Lakeshore, BountySteps.Empire);
            var committed = await _steps.CommittedCentsAsync();
            var adminForm = (await admin.GetPageAsync("/admin/bounties")).Form($"/admin/bounties/{bountyId}/approve");
            var financeForm = (await finance.GetPageAsync("/admin/bounties")).Form($"/admin/bounties/{bountyId}/approve");

            var responses = await Task.WhenAll(Task.Run(() => adminForm.PostAsync(admin)), Task.Run(() => financeForm.PostAsync(finance)));

            var messages = new[] { await BountySteps.MessageAfterAsync(admin, responses[0]), await BountySteps.MessageAfterAsync(finance, responses[1]) };
            foreach (var response in responses)
            {
                response.Dispose();
            }

            Assert.Single(messages, m => m.Contains("Bounty approved.", StringComparison.Ordinal));
            Assert.Single(messages, m => m.Contains("cannot be approved", StringComparison.Ordinal)
                                         || m.Contains("Another admin decided this bounty", StringComparison.Ordinal));
            var bounty = await _steps.BountyAsync(bountyId);
            Assert.Equal(BountyStatus.Approved, bounty.Status);
            var winner = Array.FindIndex(messages, m => m.Contains("Bounty approved.", StringComparison.Ordinal));
            Assert.Equal(adminIds[winner], bounty.DecidedByUserId);
            Assert.Equal(committed + 25_000, await _steps.CommittedCentsAsync());
            Assert.Equal(await _steps.ApprovedAndPaidSumAsync(), await _steps.CommittedCentsAsync());
        }
    }
}
