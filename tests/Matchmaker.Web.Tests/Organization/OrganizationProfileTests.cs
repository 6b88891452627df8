using System.Net;
using Matchmaker.Domain.Organizations;
using Matchmaker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Tests.Organization;

public sealed class OrganizationProfileTests(MatchmakerFactory factory) : IClassFixture<MatchmakerFactory>
{
    private const string OrganizationAdmin = "dana@lakeshore.example";
    private const string Colleague = "sam@lakeshore.example";
    private const string PartnerNumber = "4100217";

    [Fact]
    public async Task A_colleague_who_is_not_the_organization_admin_gets_403_on_the_edit_page_and_its_post()
    {
        using var sam = await factory.CreateSignedInBrowserAsync(Colleague);
        var capacityBefore = (await LakeshoreAsync()).Capacity;

        using var page = await sam.GetAsync("/organization/edit");
        using var post = await sam.PostWithTokenAsync("/organization/edit", ("Input.Capacity", "99"));

        page.AssertAccessDenied();
        post.AssertAccessDenied();
        Assert.Equal(capacityBefore, (await LakeshoreAsync()).Capacity);
    }

    [Theory]
    [InlineData("Input.Capacity", "501", "Capacity is a number of open referrals from 0 to 500.")]
    [InlineData("Input.Capacity", "-1", "Capacity is a number of open referrals from 0 to 500.")]
    [InlineData("Input.PostalCode", "M5V 2T6", "ZIP code must be 5 digits, or ZIP+4 like 60606-1234.")]
    public async Task A_bad_profile_value_is_refused_beside_its_field_and_nothing_changes(string field, string value, string message)
    {
        using var dana = await factory.CreateSignedInBrowserAsync(OrganizationAdmin);
        var before = await LakeshoreAsync();

        using var response = await dana.SubmitFormAsync("/organization/edit", "/organization/edit", (field, value));

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(message, page.FieldError(field));
        var after = await LakeshoreAsync();
        Assert.Equal(before.Capacity, after.Capacity);
        Assert.Equal(before.PostalCode, after.PostalCode);
        Assert.Equal(before.ServedStates.Select(s => s.State).Order(), after.ServedStates.Select(s => s.State).Order());
    }

    private Task<PartnerOrganization> LakeshoreAsync() =>
        factory.InDatabaseAsync(db => db.Organizations.AsNoTracking()
            .Include(o => o.ProductAreas).Include(o => o.ServedStates).Include(o => o.Industries)
            .SingleAsync(o => o.PartnerNumber == PartnerNumber));
}
