using Matchmaker.Domain.Leads;

namespace Matchmaker.Domain.Tests.Leads;

public sealed class CustomerIdentityTests
{
    [Theory]
    [InlineData("Contoso, Inc.", "CONTOSO")]
    [InlineData("CONTOSO", "CONTOSO")]
    [InlineData("contoso incorporated", "CONTOSO")]
    [InlineData("Café Müller LLC", "CAFE MULLER")]
    [InlineData("The Fabrikam Company", "FABRIKAM")]
    [InlineData("Northwind Traders, Ltd.", "NORTHWIND TRADERS")]
    [InlineData("  Adventure-Works   Corp ", "ADVENTURE WORKS")]
    public void A_company_name_is_normalized_without_case_punctuation_diacritics_or_legal_suffixes(string company, string expected)
    {
        Assert.Equal(expected, CustomerIdentity.NormalizeCompany(company));
    }

    [Fact]
    public void Spellings_of_the_same_company_normalize_to_the_same_key()
    {
        Assert.Equal(CustomerIdentity.NormalizeCompany("CONTOSO"), CustomerIdentity.NormalizeCompany("Contoso, Inc."));
        Assert.Equal(CustomerIdentity.NormalizeCompany("CAFE MULLER"), CustomerIdentity.NormalizeCompany("Café Müller LLC"));
    }

    [Fact]
    public void A_normalized_company_name_is_at_most_200_characters()
    {
        Assert.Equal(200, CustomerIdentity.NormalizeCompany(new string('a', 250)).Length);
    }

    [Theory]
    [InlineData("98052-6399", "98052")]
    [InlineData("98052", "98052")]
    public void Zip5_is_the_first_five_digits_of_a_zip_or_zip_plus_four(string postalCode, string expected)
    {
        Assert.Equal(expected, CustomerIdentity.Zip5(postalCode));
    }

    [Theory]
    [InlineData("pat@contoso.com", "CONTOSO.COM")]
    [InlineData("Pat.Lee@Sales.Contoso.com", "SALES.CONTOSO.COM")]
    [InlineData("odd@name@fabrikam.com", "FABRIKAM.COM")]
    public void The_company_domain_is_the_upper_cased_part_after_the_at_sign(string email, string expected)
    {
        Assert.Equal(expected, CustomerIdentity.CompanyDomain(email));
    }

    [Theory]
    [InlineData("someone@gmail.com")]
    [InlineData("someone@GMAIL.COM")]
    [InlineData("someone@hotmail.com")]
    [InlineData("someone@icloud.com")]
    [InlineData("someone@comcast.net")]
    public void A_free_mail_address_has_no_company_domain(string email)
    {
        Assert.Null(CustomerIdentity.CompanyDomain(email));
    }

    [Theory]
    [InlineData("no-at-sign")]
    [InlineData("trailing@")]
    public void An_address_without_a_domain_has_no_company_domain(string email)
    {
        Assert.Null(CustomerIdentity.CompanyDomain(email));
    }
}
