using Matchmaker.Domain.Common;

namespace Matchmaker.Domain.Settings;

/// <summary>The program's settings: one row, changed by admins.</summary>
public sealed class ProgramSettings
{
    public const int SingletonId = 1;

    private ProgramSettings()
    {
    }

    public int Id { get; private set; }

    public long BountyAmountCents { get; private set; }

    public long BountyBudgetCents { get; private set; }

    public int ReferralResponseDays { get; private set; }

    /// <summary>Business days an unclaimed lead may wait in the review queue before it is flagged.</summary>
    public int QueueServiceLevelBusinessDays { get; private set; }

    public int DuplicateWindowDays { get; private set; }

    /// <summary>Approved plus paid bounties; only ever changed by a conditional update that keeps it within the budget.</summary>
    public long BountyCommittedCents { get; private set; }

    public static ProgramSettings Defaults() => new()
    {
        Id = SingletonId,
        BountyAmountCents = 25_000,
        BountyBudgetCents = 2_500_000,
        ReferralResponseDays = 7,
        QueueServiceLevelBusinessDays = 2,
        DuplicateWindowDays = 90,
    };

    public void ChangeBountyAmount(long cents)
    {
        if (cents is < 100 or > 10_000_000)
        {
            throw new DomainException("The bounty amount must be between $1.00 and $100,000.00.");
        }

        BountyAmountCents = cents;
    }

    public void ChangeBountyBudget(long cents)
    {
        if (cents is < 0 or > 100_000_000_000)
        {
            throw new DomainException("The bounty budget must be between $0 and $1,000,000,000.");
        }

        if (cents < BountyCommittedCents)
        {
            throw new DomainException("The budget cannot be lower than what is already approved or paid.");
        }

        BountyBudgetCents = cents;
    }

    public void ChangeQueueServiceLevel(int businessDays)
    {
        if (businessDays is < 1 or > 30)
        {
            throw new DomainException("The queue service level must be between 1 and 30 business days.");
        }

        QueueServiceLevelBusinessDays = businessDays;
    }

    public void ChangeReferralResponseDays(int days)
    {
        if (days is < 1 or > 60)
        {
            throw new DomainException("The referral response window must be between 1 and 60 days.");
        }

        ReferralResponseDays = days;
    }

    public void ChangeDuplicateWindowDays(int days)
    {
        if (days is < 1 or > 730)
        {
            throw new DomainException("The duplicate window must be between 1 and 730 days.");
        }

        DuplicateWindowDays = days;
    }
}
