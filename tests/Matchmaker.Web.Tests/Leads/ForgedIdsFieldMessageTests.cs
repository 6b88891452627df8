using System.Net;
using Matchmaker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Tests.Leads;

public sealed class ForgedIdsFieldMessageTests(LeadsFactory factory) : IClassFixture<LeadsFactory>
{
    [Fact]
    public async Task A_forged_product_area_id_is_refused_with_the_message_beside_the_product_areas()
    {
        var ids = await DemoIds.LoadAsync(factory);
        using var dana = await factory.CreateSignedInBrowserAsync(Demo.Dana);
        var form = new LeadForm
        {
            ProductAreaIds = [LeadForm.Id(ids.Area("dynamics-crm")), "99999"],
            PeerIds = [LeadForm.Id(ids.Org(Demo.LoneStar))],
        };

        using var response = await form.SubmitAsync(dana);

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Pick product areas from the list.", page.FieldError("Input.ProductAreaIds"));
        Assert.False(await factory.InDatabaseAsync(db => db.Leads.AnyAsync(l => l.CustomerCompany == form.Company)));
    }

    [Fact]
    public async Task A_forged_peer_is_refused_with_the_message_beside_the_peers()
    {
        var ids = await DemoIds.LoadAsync(factory);
        using var marcus = await factory.CreateSignedInBrowserAsync(Demo.Marcus);
        var form = new LeadForm
        {
            ProductAreaIds = [LeadForm.Id(ids.Area("dynamics-gp"))],
            PeerIds = [LeadForm.Id(ids.Org(Demo.Empire))],
        };

        using var response = await form.SubmitAsync(marcus);

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Leads can only be offered to authorized organizations on your preferred-peer list.", page.FieldError("Input.PeerIds"));
        Assert.False(await factory.InDatabaseAsync(db => db.Leads.AnyAsync(l => l.CustomerCompany == form.Company)));
    }
}
