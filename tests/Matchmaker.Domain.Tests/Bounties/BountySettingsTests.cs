using System.Reflection;
using Matchmaker.Domain.Common;
using Matchmaker.Domain.Settings;

namespace Matchmaker.Domain.Tests.Bounties;

/// <summary>The bounty amount and budget an admin may set, and the budget never below what is committed.</summary>
public sealed class BountySettingsTests
{
    [Theory]
    [InlineData(100)]
    [InlineData(25_000)]
    [InlineData(10_000_000)]
    public void The_bounty_amount_can_be_set_between_1_and_100000_dollars(long cents)
    {
        var settings = ProgramSettings.Defaults();

        settings.ChangeBountyAmount(cents);

        Assert.Equal(cents, settings.BountyAmountCents);
    }

    [Theory]
    [InlineData(99)]
    [InlineData(0)]
    [InlineData(-100)]
    [InlineData(10_000_001)]
    public void A_bounty_amount_outside_1_to_100000_dollars_is_refused(long cents)
    {
        var settings = ProgramSettings.Defaults();

        var refused = Assert.Throws<DomainException>(() => settings.ChangeBountyAmount(cents));

        Assert.Contains("between $1.00 and $100,000.00", refused.Message, StringComparison.Ordinal);
        Assert.Equal(25_000, settings.BountyAmountCents);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(100_000_000_000)]
    public void The_budget_can_be_set_between_0_and_a_billion_dollars(long cents)
    {
        var settings = ProgramSettings.Defaults();

        settings.ChangeBountyBudget(cents);

        Assert.Equal(cents, settings.BountyBudgetCents);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100_000_000_001)]
    public void A_budget_outside_0_to_a_billion_dollars_is_refused(long cents)
    {
        var settings = ProgramSettings.Defaults();

        Assert.Throws<DomainException>(() => settings.ChangeBountyBudget(cents));
        Assert.Equal(2_500_000, settings.BountyBudgetCents);
    }

    [Fact]
    public void The_budget_cannot_go_below_what_is_already_approved_or_paid()
    {
        var settings = WithCommitted(50_000);

        var refused = Assert.Throws<DomainException>(() => settings.ChangeBountyBudget(49_999));

        Assert.Contains("cannot be lower than what is already approved or paid", refused.Message, StringComparison.Ordinal);
        Assert.Equal(2_500_000, settings.BountyBudgetCents);
    }

    [Fact]
    public void The_budget_can_be_lowered_to_exactly_what_is_committed()
    {
        var settings = WithCommitted(50_000);

        settings.ChangeBountyBudget(50_000);

        Assert.Equal(50_000, settings.BountyBudgetCents);
    }

    /// <summary>The committed total only changes in the database (a conditional update), so a test sets it as a loaded row would have it.</summary>
    private static ProgramSettings WithCommitted(long cents)
    {
        var settings = ProgramSettings.Defaults();
        typeof(ProgramSettings).GetProperty(nameof(ProgramSettings.BountyCommittedCents), BindingFlags.Public | BindingFlags.Instance)!
            .SetValue(settings, cents);
        return settings;
    }
}
