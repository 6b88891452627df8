using System.Net;
using Matchmaker.Web.Tests.Infrastructure;

namespace Matchmaker.Web.Tests.Leads;

public sealed class ForeignLeadPostNotFoundTests(LeadsFactory factory) : IClassFixture<LeadsFactory>
{
    [Theory]
    [InlineData("withdraw")]
    [InlineData("send-to-vendor")]
    public async Task A_post_for_another_organizations_lead_answers_404(string action)
    {
        var ids = await DemoIds.LoadAsync(factory);
        var leadId = await new TestLead { Peers = [Demo.LoneStar] }.SaveAsync(factory, ids);
        using var priya = await factory.CreateSignedInBrowserAsync(Demo.Priya);

        using var response = await priya.PostWithTokenAsync($"/leads/{leadId}/{action}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
