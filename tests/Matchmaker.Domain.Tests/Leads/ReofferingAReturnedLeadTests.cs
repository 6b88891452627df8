using Matchmaker.Domain.Common;
using Matchmaker.Domain.Leads;

namespace Matchmaker.Domain.Tests.Leads;

public sealed class ReofferingAReturnedLeadTests
{
    private static readonly DateTime ReofferedAt = LeadBuilder.Now.AddDays(1);
    private static readonly DateTime NewDeadline = ReofferedAt.AddDays(7);

    [Fact]
    public void A_returned_lead_can_be_offered_to_new_peers()
    {
        var lead = LeadBuilder.Returned();

        lead.OfferToPeers([LeadBuilder.NewPeerId], NewDeadline, LeadBuilder.OwnerUserId, ReofferedAt);

        Assert.Equal(LeadStatus.Offered, lead.Status);
        Assert.Equal(LeadRoute.Peer, lead.Route);
        var offer = LeadBuilder.ReferralOf(lead, LeadBuilder.NewPeerId);
        Assert.Equal(ReferralStatus.Pending, offer.Status);
        Assert.Equal(NewDeadline, offer.DeadlineUtc);
        var history = lead.Events.Last();
        Assert.Equal(LeadAction.Offered, history.Action);
        Assert.Equal(LeadStatus.Returned, history.FromStatus);
        Assert.Equal(LeadStatus.Offered, history.ToStatus);
        Assert.Equal(LeadBuilder.OwnerUserId, history.UserId);
    }

    [Fact]
    public void The_new_peer_can_accept_the_reoffered_lead()
    {
        var lead = LeadBuilder.Returned();
        lead.OfferToPeers([LeadBuilder.NewPeerId], NewDeadline, LeadBuilder.OwnerUserId, ReofferedAt);
        LeadBuilder.AssignReferralIds(lead);

        lead.AcceptReferral(LeadBuilder.ReferralIdOf(lead, LeadBuilder.NewPeerId), LeadBuilder.NewPeerId, LeadBuilder.ReceiverUserId, ReofferedAt.AddHours(1));

        Assert.Equal(LeadStatus.Accepted, lead.Status);
        Assert.Equal(LeadBuilder.NewPeerId, lead.AcceptedByOrganizationId);
    }

    [Theory]
    [InlineData(LeadBuilder.FirstPeerId)]
    [InlineData(LeadBuilder.SecondPeerId)]
    public void Reoffering_to_an_organization_that_declined_is_refused(int peerId)
    {
        var lead = LeadBuilder.Returned();

        Assert.Throws<DomainException>(() =>
            lead.OfferToPeers([LeadBuilder.NewPeerId, peerId], NewDeadline, LeadBuilder.OwnerUserId, ReofferedAt));
        Assert.DoesNotContain(lead.Referrals, r => r.ReceiverOrganizationId == LeadBuilder.NewPeerId);
    }

    [Fact]
    public void Reoffering_to_an_organization_that_let_the_offer_expire_is_refused()
    {
        var lead = LeadBuilder.Offered();
        LeadBuilder.Decline(lead, LeadBuilder.FirstPeerId);
        lead.ExpireReferral(LeadBuilder.ReferralIdOf(lead, LeadBuilder.SecondPeerId), LeadBuilder.AfterDeadline);

        var ex = Assert.Throws<DomainException>(() =>
            lead.OfferToPeers([LeadBuilder.SecondPeerId], LeadBuilder.AfterDeadline.AddDays(7), LeadBuilder.OwnerUserId, LeadBuilder.AfterDeadline));

        Assert.Contains("not offered it again", ex.Message);
    }

    [Fact]
    public void Reoffering_to_the_own_organization_is_refused()
    {
        var lead = LeadBuilder.Returned();

        Assert.Throws<DomainException>(() =>
            lead.OfferToPeers([LeadBuilder.OwnerId], NewDeadline, LeadBuilder.OwnerUserId, ReofferedAt));
    }

    [Fact]
    public void Reoffering_with_no_peers_is_refused()
    {
        var lead = LeadBuilder.Returned();

        Assert.Throws<DomainException>(() => lead.OfferToPeers([], NewDeadline, LeadBuilder.OwnerUserId, ReofferedAt));
    }

    [Fact]
    public void Reoffering_with_a_deadline_that_is_not_in_the_future_is_refused()
    {
        var lead = LeadBuilder.Returned();

        Assert.Throws<DomainException>(() =>
            lead.OfferToPeers([LeadBuilder.NewPeerId], ReofferedAt, LeadBuilder.OwnerUserId, ReofferedAt));
    }

    [Fact]
    public void Only_a_returned_lead_can_be_reoffered()
    {
        var offered = LeadBuilder.Offered();
        var accepted = LeadBuilder.Accepted();
        var awaitingReview = LeadBuilder.SentToVendor();

        Assert.Throws<DomainException>(() => offered.OfferToPeers([LeadBuilder.NewPeerId], NewDeadline, LeadBuilder.OwnerUserId, ReofferedAt));
        Assert.Throws<DomainException>(() => accepted.OfferToPeers([LeadBuilder.NewPeerId], NewDeadline, LeadBuilder.OwnerUserId, ReofferedAt));
        Assert.Throws<DomainException>(() => awaitingReview.OfferToPeers([LeadBuilder.NewPeerId], NewDeadline, LeadBuilder.OwnerUserId, ReofferedAt));
    }

    [Fact]
    public void A_returned_lead_sent_to_the_vendor_awaits_review_on_the_vendor_route()
    {
        var lead = LeadBuilder.Returned();

        lead.SendToVendor(LeadBuilder.OwnerUserId, ReofferedAt);

        Assert.Equal(LeadStatus.AwaitingReview, lead.Status);
        Assert.Equal(LeadRoute.Vendor, lead.Route);
        var history = lead.Events.Last();
        Assert.Equal(LeadAction.SentToVendor, history.Action);
        Assert.Equal(LeadStatus.Returned, history.FromStatus);
        Assert.Equal(LeadStatus.AwaitingReview, history.ToStatus);
        Assert.Equal(LeadBuilder.OwnerId, history.OrganizationId);
    }

    [Fact]
    public void Only_a_returned_lead_can_be_sent_to_the_vendor()
    {
        var offered = LeadBuilder.Offered();
        var awaitingReview = LeadBuilder.SentToVendor();
        var vendorSubmitted = new LeadBuilder().ToVendor().Submit();

        Assert.Throws<DomainException>(() => offered.SendToVendor(LeadBuilder.OwnerUserId, ReofferedAt));
        Assert.Throws<DomainException>(() => awaitingReview.SendToVendor(LeadBuilder.OwnerUserId, ReofferedAt));
        Assert.Throws<DomainException>(() => vendorSubmitted.SendToVendor(LeadBuilder.OwnerUserId, ReofferedAt));
        Assert.Equal(LeadStatus.Offered, offered.Status);
    }
}
