using Matchmaker.Domain.Common;
using Matchmaker.Domain.Organizations;
using Matchmaker.Domain.Tests.Builders;

namespace Matchmaker.Domain.Tests.Organizations;

public sealed class PartnerOrganizationRegistrationTests
{
    [Fact]
    public void A_us_registration_becomes_a_pending_organization_with_its_first_history_entry()
    {
        var organization = new RegistrationBuilder().Register("registrant-1");

        Assert.Equal(OrganizationStatus.PendingVerification, organization.Status);
        Assert.Equal("US", organization.CountryCode);
        Assert.False(organization.IsAuthorized);
        Assert.Equal(RegistrationBuilder.Now, organization.RegisteredAtUtc);
        Assert.Null(organization.AuthorizedAtUtc);
        var entry = Assert.Single(organization.StatusChanges);
        Assert.Null(entry.From);
        Assert.Equal(OrganizationStatus.PendingVerification, entry.To);
        Assert.Equal("registrant-1", entry.ChangedByUserId);
        Assert.Equal(RegistrationBuilder.Now, entry.ChangedAtUtc);
    }

    [Theory]
    [InlineData("US")]
    [InlineData(" US ")]
    public void The_country_code_US_is_accepted(string country)
    {
        var organization = new RegistrationBuilder { CountryCode = country }.Register();

        Assert.Equal(Countries.UnitedStates, organization.CountryCode);
    }

    [Theory]
    [InlineData("CA")]
    [InlineData("MX")]
    [InlineData("GB")]
    [InlineData("OTHER")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" us")]
    [InlineData("us")]
    [InlineData("Us")]
    [InlineData("USA")]
    [InlineData("XX")]
    [InlineData("US<script>")]
    [InlineData("US' OR '1'='1")]
    [InlineData("U S")]
    public void Any_country_other_than_US_is_refused_with_the_us_only_message(string country)
    {
        var refused = Assert.Throws<DomainException>(() => new RegistrationBuilder { CountryCode = country }.Register());

        Assert.Equal(Countries.OnlyUsMessage, refused.Message);
    }

    [Fact]
    public void A_missing_country_is_refused_with_the_us_only_message()
    {
        var refused = Assert.Throws<DomainException>(() => new RegistrationBuilder { CountryCode = null! }.Register());

        Assert.Equal(Countries.OnlyUsMessage, refused.Message);
    }

    [Theory]
    [InlineData("123456")]
    [InlineData("1234567890")]
    [InlineData("0600733")]
    public void A_partner_number_of_six_to_ten_digits_is_accepted(string partnerNumber)
    {
        var organization = new RegistrationBuilder { PartnerNumber = partnerNumber }.Register();

        Assert.Equal(partnerNumber, organization.PartnerNumber);
    }

    [Fact]
    public void Spaces_around_the_partner_number_are_trimmed()
    {
        var organization = new RegistrationBuilder { PartnerNumber = "  4100217 " }.Register();

        Assert.Equal("4100217", organization.PartnerNumber);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("12345678901")]
    [InlineData("")]
    [InlineData("12345a")]
    [InlineData("123 456")]
    [InlineData("-123456")]
    [InlineData("123456.0")]
    [InlineData("１２３４５６７")]
    [InlineData("١٢٣٤٥٦٧")]
    public void A_partner_number_that_is_not_six_to_ten_ascii_digits_is_refused(string partnerNumber)
    {
        var refused = Assert.Throws<DomainException>(() => new RegistrationBuilder { PartnerNumber = partnerNumber }.Register());

        Assert.Equal("Partner ID must be 6 to 10 digits.", refused.Message);
    }

    [Theory]
    [InlineData("60606")]
    [InlineData("60606-1234")]
    [InlineData(" 60606 ")]
    public void A_five_digit_or_zip_plus_four_code_is_accepted(string zip)
    {
        var organization = new RegistrationBuilder { PostalCode = zip }.Register();

        Assert.Equal(zip.Trim(), organization.PostalCode);
    }

    [Theory]
    [InlineData("6060")]
    [InlineData("606061")]
    [InlineData("60606-12")]
    [InlineData("60606 1234")]
    [InlineData("ABCDE")]
    [InlineData("M5V 2T6")]
    [InlineData("")]
    public void A_postal_code_that_is_not_a_us_zip_is_refused(string zip)
    {
        var refused = Assert.Throws<DomainException>(() => new RegistrationBuilder { PostalCode = zip }.Register());

        Assert.Contains("ZIP code", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("il", "IL")]
    [InlineData(" tx ", "TX")]
    [InlineData("DC", "DC")]
    public void A_us_state_code_is_stored_upper_case(string state, string stored)
    {
        var organization = new RegistrationBuilder { State = state }.Register();

        Assert.Equal(stored, organization.State);
    }

    [Theory]
    [InlineData("ON")]
    [InlineData("PR")]
    [InlineData("Illinois")]
    [InlineData("")]
    public void A_state_that_is_not_a_us_state_is_refused(string state)
    {
        var refused = Assert.Throws<DomainException>(() => new RegistrationBuilder { State = state }.Register());

        Assert.Equal("Choose a U.S. state.", refused.Message);
    }

    [Fact]
    public void A_legal_name_longer_than_200_characters_is_refused()
    {
        var refused = Assert.Throws<DomainException>(() => new RegistrationBuilder { LegalName = new string('a', 201) }.Register());

        Assert.Equal("Legal name must be at most 200 characters.", refused.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_legal_name_is_refused(string legalName)
    {
        var refused = Assert.Throws<DomainException>(() => new RegistrationBuilder { LegalName = legalName }.Register());

        Assert.Equal("Legal name is required.", refused.Message);
    }

    [Fact]
    public void Markup_and_sql_in_the_legal_name_are_kept_as_typed_and_searchable_upper_case()
    {
        const string name = "<script>alert(1)</script> O'Brien; DROP TABLE Organizations;-- Ünïcødé 株式会社";

        var organization = new RegistrationBuilder { LegalName = name }.Register();

        Assert.Equal(name, organization.LegalName);
        Assert.Equal(name.ToUpperInvariant(), organization.NormalizedLegalName);
    }

    [Fact]
    public void A_new_organization_accepts_referrals_with_the_default_capacity()
    {
        var organization = new RegistrationBuilder().Register();

        Assert.True(organization.AcceptingReferrals);
        Assert.Equal(PartnerOrganization.DefaultCapacity, organization.Capacity);
    }
}
