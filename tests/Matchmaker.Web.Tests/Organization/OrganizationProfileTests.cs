using System.Globalization;
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
    public async Task The_organization_admin_saves_product_areas_states_and_capacity()
    {
        using var dana = await factory.CreateSignedInBrowserAsync(OrganizationAdmin);
        var areas = await AreaIdsAsync("sql-server", "hosting");
        var form = (await dana.GetPageAsync("/organization/edit")).Form("/organization/edit")
            .Set("Input.ProductAreaIds", [.. areas.Select(Invariant)])
            .Set("Input.StatesServed", "IL", "OH", "KY")
            .Set("Input.Industries", nameof(Industry.Healthcare))
            .Set("Input.Capacity", "17");

        using var response = await form.PostAsync(dana);

        response.AssertRedirectsTo("/organization");
        var organization = await LakeshoreAsync();
        Assert.Equal(areas.Order(), organization.ProductAreas.Select(p => p.ProductAreaId).Order());
        Assert.Equal(["IL", "KY", "OH"], organization.ServedStates.Select(s => s.State).Order());
        Assert.Equal([Industry.Healthcare], organization.Industries.Select(i => i.Industry));
        Assert.Equal(17, organization.Capacity);
        var profile = await dana.GetPageAsync("/organization");
        Assert.Contains("Your organization's profile is saved.", profile.Text, StringComparison.Ordinal);
        Assert.Contains("SQL Server", profile.Text, StringComparison.Ordinal);
        Assert.Contains("Illinois, Kentucky, Ohio", profile.Text, StringComparison.Ordinal);
        Assert.Contains("capacity 17 open accepted referrals", profile.Text, StringComparison.Ordinal);
    }

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

    [Fact]
    public async Task A_save_from_a_form_loaded_before_a_colleagues_save_is_refused_and_does_not_overwrite_it()
    {
        using var first = await factory.CreateSignedInBrowserAsync(OrganizationAdmin);
        using var second = await factory.CreateSignedInBrowserAsync(OrganizationAdmin);
        var firstForm = (await first.GetPageAsync("/organization/edit")).Form("/organization/edit").Set("Input.Capacity", "21");
        var staleForm = (await second.GetPageAsync("/organization/edit")).Form("/organization/edit").Set("Input.Capacity", "33");
        (await firstForm.PostAsync(first)).AssertRedirectsTo("/organization");

        using var stale = await staleForm.PostAsync(second);

        var page = await HtmlPage.ReadAsync(stale);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("A colleague saved this profile while you were editing it.", page.Text, StringComparison.Ordinal);
        Assert.Equal(21, (await LakeshoreAsync()).Capacity);
    }

    [Fact]
    public async Task A_forged_unknown_product_area_is_refused_beside_the_field_and_nothing_changes()
    {
        using var dana = await factory.CreateSignedInBrowserAsync(OrganizationAdmin);
        var before = await LakeshoreAsync();
        var form = (await dana.GetPageAsync("/organization/edit")).Form("/organization/edit")
            .Set("Input.ProductAreaIds", [.. before.ProductAreas.Select(p => Invariant(p.ProductAreaId)), "98765"])
            .Set("Input.Capacity", Invariant(before.Capacity + 1));

        using var response = await form.PostAsync(dana);

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Pick product areas from the list.", page.FieldError("Input.ProductAreaIds"));
        var after = await LakeshoreAsync();
        Assert.Equal(before.Capacity, after.Capacity);
        Assert.Equal(before.ProductAreas.Select(p => p.ProductAreaId).Order(), after.ProductAreas.Select(p => p.ProductAreaId).Order());
    }

    [Theory]
    [InlineData("Input.Capacity", "501", "Capacity is a number of open referrals from 0 to 500.")]
    [InlineData("Input.Capacity", "-1", "Capacity is a number of open referrals from 0 to 500.")]
    [InlineData("Input.StatesServed", "ZZ", "Pick states from the list.")]
    [InlineData("Input.Industries", "Piracy", "Pick industries from the list.")]
    [InlineData("Input.Industries", "3", "Pick industries from the list.")]
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

    [Fact]
    public async Task The_partner_id_cannot_be_changed_through_the_profile_form()
    {
        using var dana = await factory.CreateSignedInBrowserAsync(OrganizationAdmin);

        using var response = await dana.SubmitFormAsync("/organization/edit", "/organization/edit",
            ("Input.PartnerNumber", "9999999"), ("Input.Status", "Suspended"), ("Input.CountryCode", "CA"));

        response.AssertRedirectsTo("/organization");
        var organization = await LakeshoreAsync();
        Assert.Equal(PartnerNumber, organization.PartnerNumber);
        Assert.Equal(OrganizationStatus.Authorized, organization.Status);
        Assert.Equal("US", organization.CountryCode);
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private Task<PartnerOrganization> LakeshoreAsync() =>
        factory.InDatabaseAsync(db => db.Organizations.AsNoTracking()
            .Include(o => o.ProductAreas).Include(o => o.ServedStates).Include(o => o.Industries)
            .SingleAsync(o => o.PartnerNumber == PartnerNumber));

    private Task<List<int>> AreaIdsAsync(params string[] codes) =>
        factory.InDatabaseAsync(db => db.ProductAreas.Where(p => codes.Contains(p.Code)).Select(p => p.Id).ToListAsync());
}
