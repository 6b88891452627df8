using System.Net;
using Matchmaker.Domain.Leads;
using Matchmaker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Tests.Leads;

public sealed class HostileLeadInputTests(LeadsFactory factory) : IClassFixture<LeadsFactory>
{
    [Fact]
    public async Task Extra_form_fields_for_status_owner_value_or_acceptance_change_nothing()
    {
        var ids = await DemoIds.LoadAsync(factory);
        using var dana = await factory.CreateSignedInBrowserAsync(Demo.Dana);
        var form = new LeadForm
        {
            ProductAreaIds = [LeadForm.Id(ids.Area("dynamics-crm"))],
            PeerIds = [LeadForm.Id(ids.Org(Demo.LoneStar))],
            EstimatedValue = "12,000",
        };
        var other = LeadForm.Id(ids.Org(Demo.Cascade));

        using var response = await form.SubmitAsync(dana, f => f
            .Set("Input.Status", "Won").Set("Status", "Won")
            .Set("Input.OwnerOrganizationId", other).Set("OwnerOrganizationId", other)
            .Set("Input.EstimatedValueCents", "1").Set("Input.WonValueCents", "99999999")
            .Set("Input.AcceptedByOrganizationId", other).Set("Input.PossibleDuplicateOfLeadId", "1")
            .Set("Input.SubmittedByUserId", ids.User(Demo.Priya)).Set("Input.Id", "1"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var lead = await factory.InDatabaseAsync(db => db.Leads.Include(l => l.Referrals).SingleAsync(l => l.CustomerCompany == form.Company));
        Assert.Equal(LeadStatus.Offered, lead.Status);
        Assert.Equal(ids.Org(Demo.Lakeshore), lead.OwnerOrganizationId);
        Assert.Equal(ids.User(Demo.Dana), lead.SubmittedByUserId);
        Assert.Equal(1_200_000, lead.EstimatedValueCents);
        Assert.Null(lead.WonValueCents);
        Assert.Null(lead.AcceptedByOrganizationId);
        Assert.Null(lead.PossibleDuplicateOfLeadId);
        Assert.NotEqual(1, lead.Id);
        Assert.Equal(ids.Org(Demo.LoneStar), Assert.Single(lead.Referrals).ReceiverOrganizationId);
    }

    [Fact]
    public async Task Script_tags_and_sql_fragments_are_stored_as_typed_and_shown_encoded_on_the_owners_page()
    {
        const string company = "<script>alert('owned')</script> Acme";
        const string contact = "Robert'); DROP TABLE Leads;--";
        const string city = "Springfield' OR '1'='1";
        const string need = "<img src=x onerror=alert(1)> needs ERP; SELECT * FROM AspNetUsers; --";
        var ids = await DemoIds.LoadAsync(factory);
        using var dana = await factory.CreateSignedInBrowserAsync(Demo.Dana);
        var form = new LeadForm
        {
            Company = company, ContactName = contact, City = city, Need = need,
            ProductAreaIds = [LeadForm.Id(ids.Area("dynamics-crm"))],
            PeerIds = [LeadForm.Id(ids.Org(Demo.LoneStar))],
        };

        using var response = await form.SubmitAsync(dana);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var lead = await factory.InDatabaseAsync(db => db.Leads.SingleAsync(l => l.ContactName == contact));
        Assert.Equal(company, lead.CustomerCompany);
        Assert.Equal(city, lead.CustomerCity);
        Assert.Equal(need, lead.Need);
        Assert.True(await factory.InDatabaseAsync(db => db.Leads.CountAsync()) > 1, "The Leads table is intact.");

        var page = await dana.GetPageAsync($"/leads/{lead.Id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("&lt;script&gt;alert(", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", page.Html, StringComparison.Ordinal);
        Assert.Empty(page.Document.QuerySelectorAll("img[onerror]"));
        Assert.DoesNotContain(page.Document.QuerySelectorAll("script"), s => s.TextContent.Contains("owned", StringComparison.Ordinal));
        Assert.Contains(company, page.Text, StringComparison.Ordinal);
        Assert.Contains(contact, page.Text, StringComparison.Ordinal);
        Assert.Contains(need, page.Text, StringComparison.Ordinal);

        var list = await dana.GetPageAsync("/leads?search=" + Uri.EscapeDataString("' OR 1=1 --"));
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.DoesNotContain("Northwind Traders", list.Text, StringComparison.Ordinal);
        var found = await dana.GetPageAsync("/leads?search=" + Uri.EscapeDataString(city));
        Assert.Contains(company, found.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(", found.Html, StringComparison.Ordinal);
    }
}
