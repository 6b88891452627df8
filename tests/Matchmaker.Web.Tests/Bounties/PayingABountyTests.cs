using System.Globalization;
using Matchmaker.Data.Seeding;
using Matchmaker.Domain.Bounties;
using Matchmaker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Tests.Bounties;

/// <summary>Four eyes: the approving admin cannot pay; another admin pays and the partner sees it paid.</summary>
public sealed class PayingABountyTests(MatchmakerFactory factory) : IClassFixture<MatchmakerFactory>
{
    private readonly BountySteps _steps = new(factory);

    private string Today => DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_approver_is_refused_then_the_other_admin_pays_and_the_partner_sees_it_paid()
    {
        using var admin = await BountySteps.AdminAsync(factory);
        using var finance = await BountySteps.FinanceAsync(factory);
        using var dana = await factory.CreateSignedInBrowserAsync(BountySteps.Dana);
        var bountyId = await _steps.BountyIdOfCustomerAsync("Tailspin Toys");
        var committed = await _steps.CommittedCentsAsync();
        var approvedTab = await admin.GetPageAsync("/admin/bounties?status=Approved");
        Assert.Null(approvedTab.One($"form[action='/admin/bounties/{bountyId}/pay']"));
        Assert.Contains("You approved this bounty, so another admin marks it paid", approvedTab.Text, StringComparison.Ordinal);

        using var byApprover = await admin.PostWithTokenAsync($"/admin/bounties/{bountyId}/pay", ("PaymentReference", "ACH-SELF"), ("PaymentDate", Today));

        Assert.Contains("Another admin must mark this bounty paid: the one who approved it cannot also pay it.",
            await BountySteps.MessageAfterAsync(admin, byApprover), StringComparison.Ordinal);
        var stillApproved = await _steps.BountyAsync(bountyId);
        Assert.Equal(BountyStatus.Approved, stillApproved.Status);
        Assert.Null(stillApproved.PaymentReference);

        using var bySecondAdmin = await finance.SubmitFormAsync("/admin/bounties?status=Approved", $"/admin/bounties/{bountyId}/pay",
            ("PaymentReference", "ACH-2026-2001"), ("PaymentDate", Today));

        Assert.Contains("Bounty marked paid.", await BountySteps.MessageAfterAsync(finance, bySecondAdmin), StringComparison.Ordinal);
        var paid = await _steps.BountyAsync(bountyId);
        Assert.Equal(BountyStatus.Paid, paid.Status);
        Assert.Equal(await _steps.UserIdAsync(DemoAccounts.SecondAdmin), paid.PaidByUserId);
        Assert.Equal("ACH-2026-2001", paid.PaymentReference);
        Assert.Equal(committed, await _steps.CommittedCentsAsync());

        var danaRow = (await dana.GetPageAsync("/bounties")).Document.QuerySelectorAll("tbody tr")
            .Single(r => r.TextContent.Contains("Tailspin Toys", StringComparison.Ordinal));
        Assert.Contains("Paid", danaRow.QuerySelector("td[data-label='Status']")!.TextContent, StringComparison.Ordinal);
        Assert.NotEqual("—", danaRow.QuerySelector("td[data-label='Paid']")!.TextContent.Trim());
        var leadPage = await dana.GetPageAsync($"/leads/{paid.LeadId}");
        Assert.Matches(@"Bounty\s+Paid\s+\$250\.00", leadPage.Text);
    }

    [Fact]
    public async Task A_payment_date_in_the_future_is_refused_and_nothing_is_paid()
    {
        using var finance = await BountySteps.FinanceAsync(factory);
        var bountyId = await _steps.ApprovedBountyAsync(BountySteps.Lakeshore, BountySteps.Empire, DemoAccounts.Admin);
        var future = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime).AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        using var response = await finance.SubmitFormAsync("/admin/bounties?status=Approved", $"/admin/bounties/{bountyId}/pay",
            ("PaymentReference", "ACH-EARLY"), ("PaymentDate", future));

        Assert.Contains("The payment date cannot be in the future.", await BountySteps.MessageAfterAsync(finance, response), StringComparison.Ordinal);
        Assert.Equal(BountyStatus.Approved, (await _steps.BountyAsync(bountyId)).Status);
    }

    [Fact]
    public async Task A_payment_without_a_reference_is_refused_with_the_message()
    {
        using var finance = await BountySteps.FinanceAsync(factory);
        var bountyId = await _steps.ApprovedBountyAsync(BountySteps.Lakeshore, BountySteps.Golden, DemoAccounts.Admin);

        using var response = await finance.SubmitFormAsync("/admin/bounties?status=Approved", $"/admin/bounties/{bountyId}/pay",
            ("PaymentReference", " "), ("PaymentDate", Today));

        Assert.Contains("Enter the payment reference", await BountySteps.MessageAfterAsync(finance, response), StringComparison.Ordinal);
        Assert.Equal(BountyStatus.Approved, (await _steps.BountyAsync(bountyId)).Status);
    }

    [Fact]
    public async Task A_bounty_that_is_still_pending_cannot_be_marked_paid()
    {
        using var finance = await BountySteps.FinanceAsync(factory);
        var bountyId = await _steps.PendingBountyAsync(BountySteps.Lakeshore, BountySteps.Cascade);

        using var response = await finance.PostWithTokenAsync($"/admin/bounties/{bountyId}/pay", ("PaymentReference", "ACH-3"), ("PaymentDate", Today));

        Assert.Contains("cannot be marked paid", await BountySteps.MessageAfterAsync(finance, response), StringComparison.Ordinal);
        Assert.Equal(BountyStatus.PendingApproval, (await _steps.BountyAsync(bountyId)).Status);
        Assert.Equal(0, await factory.InDatabaseAsync(db => db.Bounties.CountAsync(b => b.Id == bountyId && b.PaidByUserId != null)));
    }
}
