using Matchmaker.Domain.Bounties;
using Matchmaker.Web.Features.Bounties;
using Matchmaker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Web.Tests.Bounties;

/// <summary>At most one bounty per lead, however often and however concurrently creation is asked for.</summary>
public sealed class OneBountyPerLeadTests(MatchmakerFactory factory) : IClassFixture<MatchmakerFactory>
{
    private readonly BountySteps _steps = new(factory);

    [Fact]
    public async Task Asking_again_after_acceptance_created_the_bounty_creates_no_second_one()
    {
        using var dana = await factory.CreateSignedInBrowserAsync(BountySteps.Dana);
        using var marcus = await factory.CreateSignedInBrowserAsync(BountySteps.Marcus);
        var leadId = await _steps.SubmitPeerLeadAsync(dana, BountySteps.NewCompany("Twice Asked"), BountySteps.LoneStar, claimBounty: true, "dynamics-crm");
        await _steps.AcceptAsync(marcus, leadId, BountySteps.LoneStar);

        var again = await CreateAsync(leadId);

        Assert.False(again);
        Assert.Single(await _steps.BountiesOfLeadAsync(leadId));
    }

    [Fact]
    public async Task Two_calls_in_a_row_create_one_bounty()
    {
        var leadId = await _steps.AcceptedLeadInDatabaseAsync(BountySteps.Lakeshore, BountySteps.Empire);

        var first = await CreateAsync(leadId);
        var second = await CreateAsync(leadId);

        Assert.True(first);
        Assert.False(second);
        Assert.Single(await _steps.BountiesOfLeadAsync(leadId));
    }

    [Fact]
    public async Task Parallel_calls_for_one_lead_create_exactly_one_bounty()
    {
        const int rounds = 3;
        const int callers = 6;
        for (var round = 0; round < rounds; round++)
        {
            var leadId = await _steps.AcceptedLeadInDatabaseAsync(BountySteps.Lakeshore, BountySteps.Cascade);

            var results = await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(() => CreateAsync(leadId))));

            Assert.Equal(1, results.Count(created => created));
            var bounty = Assert.Single(await _steps.BountiesOfLeadAsync(leadId));
            Assert.Equal(BountyStatus.PendingApproval, bounty.Status);
        }
    }

    [Fact]
    public async Task The_database_refuses_a_second_bounty_row_for_a_lead()
    {
        var leadId = await _steps.AcceptedLeadInDatabaseAsync(BountySteps.Lakeshore, BountySteps.Golden);
        var (owner, receiver) = (await _steps.OrganizationIdAsync(BountySteps.Lakeshore), await _steps.OrganizationIdAsync(BountySteps.Golden));
        Assert.True(await CreateAsync(leadId));

        await Assert.ThrowsAsync<DbUpdateException>(() => factory.InDatabaseAsync(db =>
        {
            db.Bounties.Add(Bounty.ForAcceptedLead(leadId, owner, receiver, 25_000, false, factory.Clock.GetUtcNow().UtcDateTime));
            return db.SaveChangesAsync();
        }));
        Assert.Single(await _steps.BountiesOfLeadAsync(leadId));
    }

    private async Task<bool> CreateAsync(int leadId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BountyService>().CreateForAcceptedLeadAsync(leadId, CancellationToken.None);
    }
}
