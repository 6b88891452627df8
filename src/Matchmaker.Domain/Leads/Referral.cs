using Matchmaker.Domain.Common;

namespace Matchmaker.Domain.Leads;

/// <summary>One offer of one lead to one receiving organization, answered before its deadline.</summary>
public sealed class Referral
{
    private Referral()
    {
        OfferedByUserId = string.Empty;
    }

    internal Referral(
        int receiverOrganizationId, LeadRoute route, string offeredByUserId, DateTime offeredAtUtc, DateTime deadlineUtc,
        ReferralStatus status = ReferralStatus.Pending)
    {
        ReceiverOrganizationId = receiverOrganizationId;
        Route = route;
        OfferedByUserId = offeredByUserId;
        OfferedAtUtc = offeredAtUtc;
        DeadlineUtc = deadlineUtc;
        Status = status;
    }

    public int Id { get; private set; }

    public int LeadId { get; private set; }

    public int ReceiverOrganizationId { get; private set; }

    public LeadRoute Route { get; private set; }

    public string OfferedByUserId { get; private set; }

    public DateTime OfferedAtUtc { get; private set; }

    public DateTime DeadlineUtc { get; private set; }

    public ReferralStatus Status { get; private set; }

    public DateTime? RespondedAtUtc { get; private set; }

    public string? RespondedByUserId { get; private set; }

    public OutcomeReason? DeclineReason { get; private set; }

    public string? DeclineText { get; private set; }

    public bool IsPending => Status == ReferralStatus.Pending;

    public bool IsProposed => Status == ReferralStatus.Proposed;

    /// <summary>Declined or let expire: this organization is never offered the lead again.</summary>
    public bool ClosedByReceiver => Status is ReferralStatus.Declined or ReferralStatus.Expired;

    /// <summary>The owner approved the proposal: the offer goes out with a fresh deadline.</summary>
    internal void Approve(DateTime deadlineUtc, DateTime nowUtc)
    {
        if (Status != ReferralStatus.Proposed)
        {
            throw new DomainException("This proposal was already decided.");
        }

        Status = ReferralStatus.Pending;
        OfferedAtUtc = nowUtc;
        DeadlineUtc = deadlineUtc;
    }

    internal void Refuse(string userId, DateTime nowUtc)
    {
        if (Status != ReferralStatus.Proposed)
        {
            throw new DomainException("This proposal was already decided.");
        }

        Close(ReferralStatus.Refused, userId, nowUtc);
    }

    internal void Accept(string userId, DateTime nowUtc)
    {
        EnsurePending();
        if (nowUtc >= DeadlineUtc)
        {
            throw new DomainException("This offer has expired and is no longer available.");
        }

        Close(ReferralStatus.Accepted, userId, nowUtc);
    }

    internal void Decline(OutcomeReason reason, string? text, string userId, DateTime nowUtc)
    {
        EnsurePending();
        Close(ReferralStatus.Declined, userId, nowUtc);
        DeclineReason = reason;
        DeclineText = Guard.Optional(text, "Comment", 1000);
    }

    internal void Expire(DateTime nowUtc)
    {
        EnsurePending();
        if (nowUtc < DeadlineUtc)
        {
            throw new DomainException("This offer has not reached its deadline yet.");
        }

        Close(ReferralStatus.Expired, null, nowUtc);
    }

    internal void CloseAs(ReferralStatus status, DateTime nowUtc)
    {
        if (Status != ReferralStatus.Proposed)
        {
            EnsurePending();
        }

        Close(status, null, nowUtc);
    }

    private void EnsurePending()
    {
        if (Status != ReferralStatus.Pending)
        {
            throw new DomainException("This offer is no longer available: it was already answered, withdrawn or taken by another partner.");
        }
    }

    private void Close(ReferralStatus status, string? userId, DateTime nowUtc)
    {
        Status = status;
        RespondedAtUtc = nowUtc;
        RespondedByUserId = userId;
    }
}
