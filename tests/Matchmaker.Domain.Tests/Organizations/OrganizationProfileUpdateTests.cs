using Matchmaker.Domain.Common;
using Matchmaker.Domain.Organizations;
using Matchmaker.Domain.Tests.Builders;

namespace Matchmaker.Domain.Tests.Organizations;

public sealed class OrganizationProfileUpdateTests
{
    [Fact]
    public void The_profile_replaces_product_areas_states_industries_and_capacity()
    {
        var organization = new RegistrationBuilder().Register();
        organization.UpdateProfile([1, 2, 3], ["IL", "WI"], [Industry.Retail], acceptingReferrals: true, capacity: 5);

        organization.UpdateProfile([2, 4], ["WI", "MN"], [Industry.Healthcare, Industry.Education], acceptingReferrals: false, capacity: 12);

        Assert.Equal([2, 4], organization.ProductAreas.Select(p => p.ProductAreaId).Order());
        Assert.Equal(["MN", "WI"], organization.ServedStates.Select(s => s.State).Order());
        Assert.Equal([Industry.Healthcare, Industry.Education], organization.Industries.Select(i => i.Industry).Order());
        Assert.False(organization.AcceptingReferrals);
        Assert.Equal(12, organization.Capacity);
    }

    [Fact]
    public void States_are_trimmed_upper_cased_and_counted_once()
    {
        var organization = new RegistrationBuilder().Register();

        organization.UpdateProfile([1, 1], ["il", " IL ", "wi"], [Industry.Retail, Industry.Retail], acceptingReferrals: true, capacity: 3);

        Assert.Equal(["IL", "WI"], organization.ServedStates.Select(s => s.State).Order());
        Assert.Single(organization.ProductAreas);
        Assert.Single(organization.Industries);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(PartnerOrganization.MaxCapacity)]
    public void A_capacity_from_zero_to_the_maximum_is_accepted(int capacity)
    {
        var organization = new RegistrationBuilder().Register();

        organization.UpdateProfile([1], ["IL"], [], acceptingReferrals: true, capacity);

        Assert.Equal(capacity, organization.Capacity);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(PartnerOrganization.MaxCapacity + 1)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void A_capacity_outside_zero_to_the_maximum_is_refused_and_nothing_changes(int capacity)
    {
        var organization = new RegistrationBuilder().Register();
        organization.UpdateProfile([1], ["IL"], [], acceptingReferrals: true, capacity: 7);

        var refused = Assert.Throws<DomainException>(() => organization.UpdateProfile([2], ["WI"], [], acceptingReferrals: false, capacity));

        Assert.Equal($"Capacity must be between 0 and {PartnerOrganization.MaxCapacity}.", refused.Message);
        Assert.Equal(7, organization.Capacity);
        Assert.Equal([1], organization.ProductAreas.Select(p => p.ProductAreaId));
        Assert.Equal(["IL"], organization.ServedStates.Select(s => s.State));
    }

    [Theory]
    [InlineData("ZZ")]
    [InlineData("PR")]
    [InlineData("ON")]
    [InlineData("Texas")]
    [InlineData("")]
    public void A_state_that_is_not_a_us_state_is_refused_and_nothing_changes(string state)
    {
        var organization = new RegistrationBuilder().Register();
        organization.UpdateProfile([1], ["IL"], [], acceptingReferrals: true, capacity: 7);

        var refused = Assert.Throws<DomainException>(() => organization.UpdateProfile([2], ["WI", state], [], acceptingReferrals: false, capacity: 9));

        Assert.Equal($"'{state.ToUpperInvariant()}' is not a U.S. state.", refused.Message);
        Assert.Equal(["IL"], organization.ServedStates.Select(s => s.State));
        Assert.Equal([1], organization.ProductAreas.Select(p => p.ProductAreaId));
        Assert.Equal(7, organization.Capacity);
    }

    [Fact]
    public void Contact_details_can_be_corrected_but_keep_the_us_rules()
    {
        var organization = new RegistrationBuilder().Register();

        organization.UpdateContactDetails("Prairie Ledger Group", "1 Market St", "Madison", "wi", "53703-1234", "(608) 555-0100", null);

        Assert.Equal("Prairie Ledger Group", organization.LegalName);
        Assert.Equal("PRAIRIE LEDGER GROUP", organization.NormalizedLegalName);
        Assert.Equal("WI", organization.State);
        Assert.Equal("53703-1234", organization.PostalCode);
        Assert.Null(organization.Website);
        Assert.Throws<DomainException>(() =>
            organization.UpdateContactDetails("Prairie Ledger Group", "1 Market St", "Toronto", "ON", "M5V 2T6", "(416) 555-0100", null));
        Assert.Equal("WI", organization.State);
    }
}
