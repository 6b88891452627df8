using System.Net;
using Matchmaker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Tests.Registration;

public sealed class PartnerNumberDigitsTests(MatchmakerFactory factory) : IClassFixture<MatchmakerFactory>
{
    [Theory]
    [InlineData("PartnerNumber", "４１００２１７９", "Partner ID is your partner-network number: 6 to 10 digits, nothing else.")]
    [InlineData("PostalCode", "６０６０６", "ZIP code must be 5 digits, or ZIP+4 like 60606-1234.")]
    public async Task Digits_from_other_scripts_are_refused_beside_the_field_and_nothing_is_saved(string field, string value, string message)
    {
        using var browser = factory.CreateBrowser();
        var before = await factory.InDatabaseAsync(db => db.Organizations.CountAsync());

        using var response = await new NewPartner().SubmitAsync(browser, (field, value));

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(message, page.FieldError(field));
        Assert.Equal(before, await factory.InDatabaseAsync(db => db.Organizations.CountAsync()));
    }
}
