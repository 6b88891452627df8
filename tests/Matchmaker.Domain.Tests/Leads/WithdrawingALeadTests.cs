using Matchmaker.Domain.Common;
using Matchmaker.Domain.Leads;

namespace Matchmaker.Domain.Tests.Leads;

public sealed class WithdrawingALeadTests
{
    private static readonly DateTime WithdrawnAt = LeadBuilder.Now.AddDays(1);

    public static TheoryData<string> WithdrawableLeads => ["awaiting review", "offered", "returned"];

    public static TheoryData<string> FinalOrAcceptedLeads => ["accepted", "won", "lost", "withdrawn"];

    [Theory]
    [MemberData(nameof(WithdrawableLeads))]
    public void The_owner_can_withdraw_a_lead_nobody_accepted(string state)
    {
        var lead = LeadIn(state);
        var from = lead.Status;

        lead.Withdraw(LeadBuilder.OwnerUserId, WithdrawnAt);

        Assert.Equal(LeadStatus.Withdrawn, lead.Status);
        var history = lead.Events.Last();
        Assert.Equal(LeadAction.Withdrawn, history.Action);
        Assert.Equal(from, history.FromStatus);
        Assert.Equal(LeadStatus.Withdrawn, history.ToStatus);
        Assert.Equal(LeadBuilder.OwnerUserId, history.UserId);
        Assert.Equal(LeadBuilder.OwnerId, history.OrganizationId);
        Assert.Equal(WithdrawnAt, history.AtUtc);
    }

    [Fact]
    public void A_vendor_route_lead_awaiting_review_can_be_withdrawn()
    {
        var lead = new LeadBuilder().ToVendor().Submit();

        lead.Withdraw(LeadBuilder.OwnerUserId, WithdrawnAt);

        Assert.Equal(LeadStatus.Withdrawn, lead.Status);
    }

    [Fact]
    public void Withdrawing_closes_pending_offers_as_withdrawn_and_leaves_answered_ones_alone()
    {
        var lead = LeadBuilder.Offered();
        LeadBuilder.Decline(lead, LeadBuilder.FirstPeerId);

        lead.Withdraw(LeadBuilder.OwnerUserId, WithdrawnAt);

        Assert.Equal(ReferralStatus.Declined, LeadBuilder.ReferralOf(lead, LeadBuilder.FirstPeerId).Status);
        var withdrawn = LeadBuilder.ReferralOf(lead, LeadBuilder.SecondPeerId);
        Assert.Equal(ReferralStatus.Withdrawn, withdrawn.Status);
        Assert.Equal(WithdrawnAt, withdrawn.RespondedAtUtc);
        Assert.DoesNotContain(lead.Referrals, r => r.IsPending);
    }

    [Theory]
    [MemberData(nameof(FinalOrAcceptedLeads))]
    public void A_lead_that_was_accepted_or_is_final_cannot_be_withdrawn(string state)
    {
        var lead = LeadIn(state);
        var status = lead.Status;
        var eventsBefore = lead.Events.Count;

        Assert.Throws<DomainException>(() => lead.Withdraw(LeadBuilder.OwnerUserId, WithdrawnAt));

        Assert.Equal(status, lead.Status);
        Assert.Equal(eventsBefore, lead.Events.Count);
    }

    private static Lead LeadIn(string state) => state switch
    {
        "awaiting review" => LeadBuilder.SentToVendor(),
        "offered" => LeadBuilder.Offered(),
        "returned" => LeadBuilder.Returned(),
        "accepted" => LeadBuilder.Accepted(),
        "won" => LeadBuilder.Won(),
        "lost" => LeadBuilder.Lost(),
        "withdrawn" => LeadBuilder.Withdrawn(),
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };
}
