using Matchmaker.Web.Tests.Infrastructure;

namespace Matchmaker.Web.Tests.Bounties;

/// <summary>A bounty's amount is the setting in force when it is created; a later change does not touch it.</summary>
public sealed class BountyAmountAtCreationTests(MatchmakerFactory factory) : IClassFixture<MatchmakerFactory>
{
    private readonly BountySteps _steps = new(factory);

    [Fact]
    public async Task Bounties_created_before_an_amount_change_keep_250_dollars_and_later_ones_get_the_new_amount()
    {
        using var dana = await factory.CreateSignedInBrowserAsync(BountySteps.Dana);
        using var marcus = await factory.CreateSignedInBrowserAsync(BountySteps.Marcus);
        using var admin = await BountySteps.AdminAsync(factory);
        var before = await _steps.SubmitPeerLeadAsync(dana, BountySteps.NewCompany("Before Change"), BountySteps.LoneStar, claimBounty: true, "dynamics-crm");
        var after = await _steps.SubmitPeerLeadAsync(dana, BountySteps.NewCompany("After Change"), BountySteps.LoneStar, claimBounty: true, "dynamics-crm");
        await _steps.AcceptAsync(marcus, before, BountySteps.LoneStar);

        using var saved = await admin.SubmitFormAsync("/admin/settings", "/admin/settings", ("Input.BountyAmount", "$312.50"));
        saved.AssertRedirectsTo("/admin/settings");
        await _steps.AcceptAsync(marcus, after, BountySteps.LoneStar);

        Assert.Equal(25_000, Assert.Single(await _steps.BountiesOfLeadAsync(before)).AmountCents);
        Assert.Equal(31_250, Assert.Single(await _steps.BountiesOfLeadAsync(after)).AmountCents);
        var seeded = await _steps.BountyAsync(await _steps.BountyIdOfCustomerAsync("Fabrikam Fixtures"));
        Assert.Equal(25_000, seeded.AmountCents);
        var queue = await admin.GetPageAsync("/admin/bounties");
        Assert.Contains("$312.50 for Lakeshore Dynamics Partners", queue.Text, StringComparison.Ordinal);
        Assert.Contains("$250.00 for Lakeshore Dynamics Partners", queue.Text, StringComparison.Ordinal);
    }
}
