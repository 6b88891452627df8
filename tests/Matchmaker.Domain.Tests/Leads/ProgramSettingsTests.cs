using Matchmaker.Domain.Common;
using Matchmaker.Domain.Settings;

namespace Matchmaker.Domain.Tests.Leads;

/// <summary>The program settings that drive the lead rules: response window, duplicate window, bounty.</summary>
public sealed class ProgramSettingsTests
{
    [Fact]
    public void The_defaults_give_a_seven_day_response_window_a_ninety_day_duplicate_window_and_a_250_dollar_bounty()
    {
        var settings = ProgramSettings.Defaults();

        Assert.Equal(ProgramSettings.SingletonId, settings.Id);
        Assert.Equal(7, settings.ReferralResponseDays);
        Assert.Equal(90, settings.DuplicateWindowDays);
        Assert.Equal(25_000, settings.BountyAmountCents);
        Assert.Equal(2_500_000, settings.BountyBudgetCents);
        Assert.Equal(2, settings.QueueServiceLevelBusinessDays);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(14)]
    [InlineData(60)]
    public void The_response_window_can_be_set_between_1_and_60_days(int days)
    {
        var settings = ProgramSettings.Defaults();

        settings.ChangeReferralResponseDays(days);

        Assert.Equal(days, settings.ReferralResponseDays);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(61)]
    public void A_response_window_outside_1_to_60_days_is_refused(int days)
    {
        var settings = ProgramSettings.Defaults();

        Assert.Throws<DomainException>(() => settings.ChangeReferralResponseDays(days));
        Assert.Equal(7, settings.ReferralResponseDays);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(365)]
    [InlineData(730)]
    public void The_duplicate_window_can_be_set_between_1_and_730_days(int days)
    {
        var settings = ProgramSettings.Defaults();

        settings.ChangeDuplicateWindowDays(days);

        Assert.Equal(days, settings.DuplicateWindowDays);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-30)]
    [InlineData(731)]
    public void A_duplicate_window_outside_1_to_730_days_is_refused(int days)
    {
        var settings = ProgramSettings.Defaults();

        Assert.Throws<DomainException>(() => settings.ChangeDuplicateWindowDays(days));
        Assert.Equal(90, settings.DuplicateWindowDays);
    }
}
