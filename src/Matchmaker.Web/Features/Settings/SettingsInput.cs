namespace Matchmaker.Web.Features.Settings;

public sealed record SettingsInput
{
    public string BountyAmount { get; init; } = string.Empty;

    public string BountyBudget { get; init; } = string.Empty;

    public int ReferralResponseDays { get; init; }

    public int QueueServiceLevelBusinessDays { get; init; }

    public int DuplicateWindowDays { get; init; }

    public int[] EligibleProductAreaIds { get; init; } = [];

    public Guid Version { get; init; }
}
