using Matchmaker.Domain.Common;
using Matchmaker.Domain.Leads;

namespace Matchmaker.Domain.Tests.Leads;

public sealed class LeadSubmissionTests
{
    [Fact]
    public void A_lead_without_the_customers_consent_is_refused()
    {
        var ex = Assert.Throws<DomainException>(() => new LeadBuilder().WithoutConsent().Submit());

        Assert.Contains("agreed to be contacted", ex.Message);
    }

    [Fact]
    public void A_lead_with_no_product_area_is_refused()
    {
        Assert.Throws<DomainException>(() => new LeadBuilder().WithProductAreas().Submit());
    }

    [Theory]
    [InlineData("ON")]
    [InlineData("PR")]
    [InlineData("XX")]
    [InlineData("")]
    public void A_lead_outside_the_us_states_is_refused(string state)
    {
        Assert.Throws<DomainException>(() => new LeadBuilder().WithState(state).Submit());
    }

    [Theory]
    [InlineData("9805")]
    [InlineData("980521")]
    [InlineData("98052-63")]
    [InlineData("ABCDE")]
    [InlineData("K1A 0B1")]
    public void A_lead_with_a_malformed_zip_code_is_refused(string postalCode)
    {
        Assert.Throws<DomainException>(() => new LeadBuilder().WithPostalCode(postalCode).Submit());
    }

    [Theory]
    [InlineData(-1L)]
    [InlineData(Lead.MaxValueCents + 1)]
    public void A_lead_worth_less_than_nothing_or_more_than_a_billion_dollars_is_refused(long valueCents)
    {
        Assert.Throws<DomainException>(() => new LeadBuilder().WithValueCents(valueCents).Submit());
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(Lead.MaxValueCents)]
    public void A_lead_worth_zero_or_exactly_a_billion_dollars_is_accepted(long valueCents)
    {
        var lead = new LeadBuilder().WithValueCents(valueCents).Submit();

        Assert.Equal(valueCents, lead.EstimatedValueCents);
    }

    [Fact]
    public void A_peer_route_lead_with_no_peers_is_refused()
    {
        Assert.Throws<DomainException>(() => new LeadBuilder().ToPeers().Submit());
    }

    [Fact]
    public void A_peer_route_lead_without_a_response_deadline_is_refused()
    {
        Assert.Throws<DomainException>(() => new LeadBuilder().WithDeadline(null).Submit());
    }

    [Fact]
    public void A_peer_route_lead_with_a_deadline_in_the_past_is_refused()
    {
        Assert.Throws<DomainException>(() => new LeadBuilder().WithDeadline(LeadBuilder.Now.AddMinutes(-1)).Submit());
    }

    [Fact]
    public void A_lead_cannot_be_offered_to_its_own_organization()
    {
        var ex = Assert.Throws<DomainException>(() => new LeadBuilder().ToPeers(LeadBuilder.FirstPeerId, LeadBuilder.OwnerId).Submit());

        Assert.Contains("own organization", ex.Message);
    }

    [Fact]
    public void A_peer_route_lead_starts_offered_with_one_pending_referral_per_distinct_peer()
    {
        var lead = new LeadBuilder()
            .ToPeers(LeadBuilder.FirstPeerId, LeadBuilder.SecondPeerId, LeadBuilder.FirstPeerId)
            .Submit();

        Assert.Equal(LeadRoute.Peer, lead.Route);
        Assert.Equal(LeadStatus.Offered, lead.Status);
        Assert.Equal([LeadBuilder.FirstPeerId, LeadBuilder.SecondPeerId], lead.Referrals.Select(r => r.ReceiverOrganizationId).Order());
        Assert.All(lead.Referrals, r =>
        {
            Assert.Equal(ReferralStatus.Pending, r.Status);
            Assert.Equal(LeadRoute.Peer, r.Route);
            Assert.Equal(LeadBuilder.Deadline, r.DeadlineUtc);
            Assert.Equal(LeadBuilder.Now, r.OfferedAtUtc);
            Assert.Equal(LeadBuilder.OwnerUserId, r.OfferedByUserId);
        });
    }

    [Fact]
    public void A_vendor_route_lead_starts_awaiting_review_with_no_referrals()
    {
        var lead = new LeadBuilder().ToVendor().Submit();

        Assert.Equal(LeadRoute.Vendor, lead.Route);
        Assert.Equal(LeadStatus.AwaitingReview, lead.Status);
        Assert.Empty(lead.Referrals);
    }

    [Fact]
    public void A_vendor_route_lead_keeps_the_owners_request_to_approve_referrals()
    {
        var lead = new LeadBuilder().ToVendor().RequiringOwnerConsent().Submit();

        Assert.True(lead.RequireOwnerConsent);
    }

    [Fact]
    public void A_peer_route_lead_ignores_the_request_to_approve_referrals()
    {
        var lead = new LeadBuilder().RequiringOwnerConsent().Submit();

        Assert.False(lead.RequireOwnerConsent);
    }

    [Fact]
    public void Submitting_computes_the_normalized_company_zip5_and_email_domain()
    {
        var lead = new LeadBuilder()
            .WithCompany("  Contoso, Inc. ")
            .WithPostalCode("98052-6399")
            .WithEmail("pat.lee@Contoso.com")
            .Submit();

        Assert.Equal("Contoso, Inc.", lead.CustomerCompany);
        Assert.Equal("CONTOSO", lead.NormalizedCompany);
        Assert.Equal("98052-6399", lead.CustomerPostalCode);
        Assert.Equal("98052", lead.CustomerZip5);
        Assert.Equal("CONTOSO.COM", lead.CustomerEmailDomain);
    }

    [Theory]
    [InlineData("pat.lee@gmail.com")]
    [InlineData("pat.lee@Outlook.com")]
    [InlineData("pat.lee@yahoo.com")]
    public void A_free_mail_address_gives_no_email_domain(string email)
    {
        var lead = new LeadBuilder().WithEmail(email).Submit();

        Assert.Null(lead.CustomerEmailDomain);
    }

    [Fact]
    public void Repeated_product_areas_are_kept_once()
    {
        var lead = new LeadBuilder().WithProductAreas(3, 1, 3).Submit();

        Assert.Equal([1, 3], lead.ProductAreas.Select(p => p.ProductAreaId).Order());
    }

    [Fact]
    public void A_peer_route_submission_records_submitted_and_offered_with_user_organization_and_time()
    {
        var lead = new LeadBuilder().Submit();

        Assert.Collection(
            lead.Events,
            submitted =>
            {
                Assert.Equal(LeadAction.Submitted, submitted.Action);
                Assert.Null(submitted.FromStatus);
                Assert.Equal(LeadStatus.Offered, submitted.ToStatus);
                Assert.Equal(LeadBuilder.OwnerUserId, submitted.UserId);
                Assert.Equal(LeadBuilder.OwnerId, submitted.OrganizationId);
                Assert.Equal(LeadBuilder.Now, submitted.AtUtc);
            },
            offered =>
            {
                Assert.Equal(LeadAction.Offered, offered.Action);
                Assert.Equal(LeadStatus.Offered, offered.ToStatus);
                Assert.Equal(LeadBuilder.OwnerUserId, offered.UserId);
                Assert.Equal(LeadBuilder.OwnerId, offered.OrganizationId);
                Assert.Equal(LeadBuilder.Now, offered.AtUtc);
                Assert.Equal("Offered to 2 partners", offered.Detail);
            });
        Assert.Equal(LeadBuilder.Now, lead.SubmittedAtUtc);
        Assert.Equal(LeadBuilder.Now, lead.UpdatedAtUtc);
    }

    [Fact]
    public void A_vendor_route_submission_records_only_submitted()
    {
        var lead = new LeadBuilder().ToVendor().Submit();

        var submitted = Assert.Single(lead.Events);
        Assert.Equal(LeadAction.Submitted, submitted.Action);
        Assert.Equal(LeadStatus.AwaitingReview, submitted.ToStatus);
        Assert.Equal(LeadBuilder.OwnerUserId, submitted.UserId);
        Assert.Equal(LeadBuilder.OwnerId, submitted.OrganizationId);
        Assert.Equal(LeadBuilder.Now, submitted.AtUtc);
    }
}
