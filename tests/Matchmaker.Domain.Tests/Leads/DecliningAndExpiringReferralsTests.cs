using Matchmaker.Domain.Common;
using Matchmaker.Domain.Leads;

namespace Matchmaker.Domain.Tests.Leads;

public sealed class DecliningAndExpiringReferralsTests
{
    private static readonly DateTime DeclinedAt = LeadBuilder.Now.AddHours(3);

    [Fact]
    public void Declining_records_the_reason_and_comment_and_keeps_the_lead_offered_while_others_are_pending()
    {
        var lead = LeadBuilder.Offered();
        var referralId = LeadBuilder.ReferralIdOf(lead, LeadBuilder.FirstPeerId);

        lead.DeclineReferral(referralId, LeadBuilder.FirstPeerId, OutcomeReason.OutsideOurExpertise, "  We do not do ERP.  ", LeadBuilder.ReceiverUserId, DeclinedAt);

        var declined = LeadBuilder.ReferralOf(lead, LeadBuilder.FirstPeerId);
        Assert.Equal(ReferralStatus.Declined, declined.Status);
        Assert.Equal(OutcomeReason.OutsideOurExpertise, declined.DeclineReason);
        Assert.Equal("We do not do ERP.", declined.DeclineText);
        Assert.Equal(LeadBuilder.ReceiverUserId, declined.RespondedByUserId);
        Assert.Equal(DeclinedAt, declined.RespondedAtUtc);
        Assert.Equal(LeadStatus.Offered, lead.Status);
        Assert.Equal(ReferralStatus.Pending, LeadBuilder.ReferralOf(lead, LeadBuilder.SecondPeerId).Status);
        var history = lead.Events.Last();
        Assert.Equal(LeadAction.OfferDeclined, history.Action);
        Assert.Equal(OutcomeReason.OutsideOurExpertise, history.Reason);
        Assert.Equal(LeadBuilder.FirstPeerId, history.OrganizationId);
        Assert.Equal(referralId, history.ReferralId);
    }

    [Fact]
    public void Declining_a_referral_made_to_another_organization_is_refused()
    {
        var lead = LeadBuilder.Offered();

        Assert.Throws<DomainException>(() => lead.DeclineReferral(
            LeadBuilder.ReferralIdOf(lead, LeadBuilder.FirstPeerId), LeadBuilder.SecondPeerId, OutcomeReason.NoCapacity, null, LeadBuilder.ReceiverUserId, DeclinedAt));
        Assert.All(lead.Referrals, r => Assert.Equal(ReferralStatus.Pending, r.Status));
    }

    [Fact]
    public void When_the_last_pending_offer_of_a_peer_route_lead_is_declined_the_lead_returns_to_its_owner()
    {
        var lead = LeadBuilder.Offered();
        LeadBuilder.Decline(lead, LeadBuilder.FirstPeerId);

        LeadBuilder.Decline(lead, LeadBuilder.SecondPeerId);

        Assert.Equal(LeadStatus.Returned, lead.Status);
        var returned = lead.Events.Last();
        Assert.Equal(LeadAction.Returned, returned.Action);
        Assert.Equal(LeadStatus.Offered, returned.FromStatus);
        Assert.Equal(LeadStatus.Returned, returned.ToStatus);
        Assert.Null(returned.UserId);
    }

    [Fact]
    public void When_the_last_pending_offer_of_a_peer_route_lead_expires_the_lead_returns_to_its_owner()
    {
        var lead = LeadBuilder.Offered();
        LeadBuilder.Decline(lead, LeadBuilder.FirstPeerId);

        lead.ExpireReferral(LeadBuilder.ReferralIdOf(lead, LeadBuilder.SecondPeerId), LeadBuilder.AfterDeadline);

        Assert.Equal(LeadStatus.Returned, lead.Status);
        Assert.Equal(ReferralStatus.Expired, LeadBuilder.ReferralOf(lead, LeadBuilder.SecondPeerId).Status);
    }

    [Fact]
    public void When_every_offer_of_a_vendor_route_lead_is_declined_it_goes_back_to_the_review_queue()
    {
        var lead = LeadBuilder.VendorRouteOffered();
        LeadBuilder.Decline(lead, LeadBuilder.FirstPeerId);

        LeadBuilder.Decline(lead, LeadBuilder.SecondPeerId);

        Assert.Equal(LeadStatus.AwaitingReview, lead.Status);
        Assert.Equal(LeadAction.Returned, lead.Events.Last().Action);
    }

    [Fact]
    public void When_every_offer_of_a_vendor_route_lead_expires_it_goes_back_to_the_review_queue()
    {
        var lead = LeadBuilder.VendorRouteOffered();

        lead.ExpireReferral(LeadBuilder.ReferralIdOf(lead, LeadBuilder.FirstPeerId), LeadBuilder.AfterDeadline);
        Assert.Equal(LeadStatus.Offered, lead.Status);
        lead.ExpireReferral(LeadBuilder.ReferralIdOf(lead, LeadBuilder.SecondPeerId), LeadBuilder.AfterDeadline);

        Assert.Equal(LeadStatus.AwaitingReview, lead.Status);
    }

    [Fact]
    public void Expiring_records_a_system_entry_without_a_user()
    {
        var lead = LeadBuilder.Offered();
        var referralId = LeadBuilder.ReferralIdOf(lead, LeadBuilder.FirstPeerId);

        lead.ExpireReferral(referralId, LeadBuilder.AfterDeadline);

        var expired = LeadBuilder.ReferralOf(lead, LeadBuilder.FirstPeerId);
        Assert.Equal(ReferralStatus.Expired, expired.Status);
        Assert.Null(expired.RespondedByUserId);
        Assert.Equal(LeadBuilder.AfterDeadline, expired.RespondedAtUtc);
        var history = lead.Events.Last();
        Assert.Equal(LeadAction.OfferExpired, history.Action);
        Assert.Null(history.UserId);
        Assert.Equal(LeadBuilder.FirstPeerId, history.OrganizationId);
        Assert.Equal(referralId, history.ReferralId);
    }

    [Fact]
    public void Expiring_before_the_deadline_is_refused()
    {
        var lead = LeadBuilder.Offered();

        var ex = Assert.Throws<DomainException>(() =>
            lead.ExpireReferral(LeadBuilder.ReferralIdOf(lead, LeadBuilder.FirstPeerId), LeadBuilder.Deadline.AddTicks(-1)));

        Assert.Contains("not reached its deadline", ex.Message);
        Assert.Equal(ReferralStatus.Pending, LeadBuilder.ReferralOf(lead, LeadBuilder.FirstPeerId).Status);
    }

    [Fact]
    public void Expiring_exactly_at_the_deadline_is_allowed()
    {
        var lead = LeadBuilder.Offered();

        lead.ExpireReferral(LeadBuilder.ReferralIdOf(lead, LeadBuilder.FirstPeerId), LeadBuilder.Deadline);

        Assert.Equal(ReferralStatus.Expired, LeadBuilder.ReferralOf(lead, LeadBuilder.FirstPeerId).Status);
    }

    [Fact]
    public void Expiring_a_referral_that_was_already_answered_is_refused()
    {
        var lead = LeadBuilder.Offered();
        LeadBuilder.Decline(lead, LeadBuilder.FirstPeerId);
        var eventsBefore = lead.Events.Count;

        Assert.Throws<DomainException>(() =>
            lead.ExpireReferral(LeadBuilder.ReferralIdOf(lead, LeadBuilder.FirstPeerId), LeadBuilder.AfterDeadline));

        Assert.Equal(ReferralStatus.Declined, LeadBuilder.ReferralOf(lead, LeadBuilder.FirstPeerId).Status);
        Assert.Equal(eventsBefore, lead.Events.Count);
    }

    [Fact]
    public void Expiring_a_referral_twice_is_refused_so_the_expiry_job_can_skip_it()
    {
        var lead = LeadBuilder.Offered();
        var referralId = LeadBuilder.ReferralIdOf(lead, LeadBuilder.FirstPeerId);
        lead.ExpireReferral(referralId, LeadBuilder.AfterDeadline);

        Assert.Throws<DomainException>(() => lead.ExpireReferral(referralId, LeadBuilder.AfterDeadline.AddMinutes(5)));
    }

    [Fact]
    public void Expiring_a_referral_of_another_lead_is_refused()
    {
        var lead = LeadBuilder.Offered();

        Assert.Throws<DomainException>(() => lead.ExpireReferral(999, LeadBuilder.AfterDeadline));
    }

    [Fact]
    public void Closed_receivers_are_the_organizations_that_declined_or_let_the_offer_expire()
    {
        var lead = new LeadBuilder().ToPeers(LeadBuilder.FirstPeerId, LeadBuilder.SecondPeerId, LeadBuilder.NewPeerId).Submit();
        LeadBuilder.Decline(lead, LeadBuilder.FirstPeerId);
        lead.ExpireReferral(LeadBuilder.ReferralIdOf(lead, LeadBuilder.SecondPeerId), LeadBuilder.AfterDeadline);

        Assert.Equal([LeadBuilder.FirstPeerId, LeadBuilder.SecondPeerId], lead.ClosedReceiverIds.Order());
        Assert.DoesNotContain(LeadBuilder.NewPeerId, lead.ClosedReceiverIds);
    }

    [Fact]
    public void Superseded_and_withdrawn_offers_do_not_close_the_receiver()
    {
        var accepted = LeadBuilder.Accepted();
        var withdrawn = LeadBuilder.Withdrawn();

        Assert.Empty(accepted.ClosedReceiverIds);
        Assert.Empty(withdrawn.ClosedReceiverIds);
    }
}
