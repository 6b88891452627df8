using Matchmaker.Domain.Common;
using Matchmaker.Domain.Leads;

namespace Matchmaker.Domain.Tests.Leads;

public sealed class AcceptingAReferralTests
{
    private static readonly DateTime AcceptedAt = LeadBuilder.Now.AddHours(1);

    [Fact]
    public void Accepting_leaves_exactly_one_accepted_referral_and_supersedes_the_others()
    {
        var lead = new LeadBuilder().ToPeers(LeadBuilder.FirstPeerId, LeadBuilder.SecondPeerId, LeadBuilder.NewPeerId).Submit();

        Accept(lead, LeadBuilder.SecondPeerId);

        var accepted = Assert.Single(lead.Referrals, r => r.Status == ReferralStatus.Accepted);
        Assert.Equal(LeadBuilder.SecondPeerId, accepted.ReceiverOrganizationId);
        Assert.Equal(LeadBuilder.ReceiverUserId, accepted.RespondedByUserId);
        Assert.Equal(AcceptedAt, accepted.RespondedAtUtc);
        Assert.All(lead.Referrals.Where(r => r != accepted), r =>
        {
            Assert.Equal(ReferralStatus.Superseded, r.Status);
            Assert.Equal(AcceptedAt, r.RespondedAtUtc);
        });
    }

    [Fact]
    public void Accepting_moves_the_lead_to_accepted_by_the_receiver()
    {
        var lead = LeadBuilder.Offered();
        var referralId = LeadBuilder.ReferralIdOf(lead, LeadBuilder.FirstPeerId);

        Accept(lead, LeadBuilder.FirstPeerId);

        Assert.Equal(LeadStatus.Accepted, lead.Status);
        Assert.Equal(LeadBuilder.FirstPeerId, lead.AcceptedByOrganizationId);
        Assert.Equal(referralId, lead.AcceptedReferralId);
        var accepted = lead.Events.Last();
        Assert.Equal(LeadAction.OfferAccepted, accepted.Action);
        Assert.Equal(LeadStatus.Offered, accepted.FromStatus);
        Assert.Equal(LeadStatus.Accepted, accepted.ToStatus);
        Assert.Equal(LeadBuilder.FirstPeerId, accepted.OrganizationId);
        Assert.Equal(referralId, accepted.ReferralId);
    }

    [Fact]
    public void Accepting_at_or_after_the_deadline_is_refused()
    {
        var lead = LeadBuilder.Offered();
        var referralId = LeadBuilder.ReferralIdOf(lead, LeadBuilder.FirstPeerId);

        var ex = Assert.Throws<DomainException>(() =>
            lead.AcceptReferral(referralId, LeadBuilder.FirstPeerId, LeadBuilder.ReceiverUserId, LeadBuilder.Deadline));

        Assert.Contains("expired", ex.Message);
        Assert.Equal(LeadStatus.Offered, lead.Status);
        Assert.Equal(ReferralStatus.Pending, LeadBuilder.ReferralOf(lead, LeadBuilder.FirstPeerId).Status);
    }

    [Fact]
    public void Accepting_a_referral_made_to_another_organization_is_refused()
    {
        var lead = LeadBuilder.Offered();
        var referralId = LeadBuilder.ReferralIdOf(lead, LeadBuilder.FirstPeerId);

        var ex = Assert.Throws<DomainException>(() =>
            lead.AcceptReferral(referralId, LeadBuilder.SecondPeerId, LeadBuilder.ReceiverUserId, AcceptedAt));

        Assert.Contains("not made to your organization", ex.Message);
        Assert.Equal(LeadStatus.Offered, lead.Status);
        Assert.Null(lead.AcceptedByOrganizationId);
    }

    [Fact]
    public void Accepting_the_same_referral_twice_is_refused_as_no_longer_available()
    {
        var lead = LeadBuilder.Offered();
        Accept(lead, LeadBuilder.FirstPeerId);

        var ex = Assert.Throws<DomainException>(() => Accept(lead, LeadBuilder.FirstPeerId));

        Assert.Contains("no longer available", ex.Message);
    }

    [Fact]
    public void Accepting_after_another_partner_accepted_is_refused_as_already_taken()
    {
        var lead = LeadBuilder.Offered();
        Accept(lead, LeadBuilder.FirstPeerId);

        var ex = Assert.Throws<DomainException>(() => Accept(lead, LeadBuilder.SecondPeerId));

        Assert.Contains("no longer available", ex.Message);
        Assert.Contains("another partner already took it", ex.Message);
        Assert.Equal(LeadBuilder.FirstPeerId, lead.AcceptedByOrganizationId);
        Assert.Single(lead.Referrals, r => r.Status == ReferralStatus.Accepted);
    }

    [Fact]
    public void Accepting_a_withdrawn_lead_is_refused()
    {
        var lead = LeadBuilder.Withdrawn();

        var ex = Assert.Throws<DomainException>(() => Accept(lead, LeadBuilder.FirstPeerId));

        Assert.Contains("no longer available", ex.Message);
        Assert.Equal(LeadStatus.Withdrawn, lead.Status);
        Assert.Null(lead.AcceptedByOrganizationId);
    }

    private static void Accept(Lead lead, int receiverId) =>
        lead.AcceptReferral(LeadBuilder.ReferralIdOf(lead, receiverId), receiverId, LeadBuilder.ReceiverUserId, AcceptedAt);
}
