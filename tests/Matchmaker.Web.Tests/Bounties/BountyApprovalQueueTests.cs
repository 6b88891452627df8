using System.Net;
using Matchmaker.Domain.Bounties;
using Matchmaker.Web.Tests.Infrastructure;

namespace Matchmaker.Web.Tests.Bounties;

/// <summary>The admins' queue shows the evidence, and a flagged duplicate is approved only with an override reason.</summary>
public sealed class BountyApprovalQueueTests(MatchmakerFactory factory) : IClassFixture<MatchmakerFactory>
{
    private readonly BountySteps _steps = new(factory);

    [Fact]
    public async Task The_pending_queue_shows_the_lead_summary_the_parties_the_dates_and_the_budget_but_not_the_customer()
    {
        using var admin = await BountySteps.AdminAsync(factory);
        var bountyId = await _steps.BountyIdOfCustomerAsync("Fabrikam Fixtures");

        var page = await admin.GetPageAsync("/admin/bounties?status=PendingApproval");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var card = page.One($"article[aria-labelledby='bounty-{bountyId}']");
        Assert.NotNull(card);
        var evidence = string.Join(' ', card.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("$250.00 for Lakeshore Dynamics Partners", evidence, StringComparison.Ordinal);
        Assert.Contains("Dynamics CRM, SQL Server", evidence, StringComparison.Ordinal);
        Assert.Contains("NJ", evidence, StringComparison.Ordinal);
        Assert.Contains("$240,000.00", evidence, StringComparison.Ordinal);
        Assert.Matches(@"Referred to\s*Empire Data Works", evidence);
        Assert.Contains("Accepted", evidence, StringComparison.Ordinal);
        Assert.Contains("Created", evidence, StringComparison.Ordinal);
        Assert.Contains("Pending approval", evidence, StringComparison.Ordinal);
        Assert.DoesNotContain("Fabrikam", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("it@fabrikam.example", page.Html, StringComparison.Ordinal);
        Assert.Matches(@"\$25,000\.00\s*Budget", page.Text);
        Assert.NotNull(page.One($"form[action='/admin/bounties/{bountyId}/approve']"));
        Assert.NotNull(page.One($"form[action='/admin/bounties/{bountyId}/reject']"));
    }

    [Fact]
    public async Task The_approved_and_paid_tabs_show_who_decided_and_the_payment()
    {
        using var finance = await BountySteps.FinanceAsync(factory);

        var approved = await finance.GetPageAsync("/admin/bounties?status=Approved");
        var paid = await finance.GetPageAsync("/admin/bounties?status=Paid");

        Assert.Matches(@"Decided by\s*Alex Morgan", approved.Text);
        Assert.Contains("ref ACH-2026-1187 · by Jamie Chen", paid.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approving_a_flagged_duplicate_needs_an_override_reason_and_then_records_it()
    {
        using var marcus = await factory.CreateSignedInBrowserAsync(BountySteps.Marcus);
        using var grace = await factory.CreateSignedInBrowserAsync(BountySteps.Grace);
        using var admin = await BountySteps.AdminAsync(factory);
        // Lakeshore shared Northwind Traders (Milwaukee, 53202) two days ago; Lone Star now shares the same customer.
        var leadId = await _steps.SubmitPeerLeadAsync(marcus, "Northwind Traders", BountySteps.Peachtree, claimBounty: true, "dynamics-crm");
        await _steps.AcceptAsync(grace, leadId, BountySteps.Peachtree);
        var bounty = Assert.Single(await _steps.BountiesOfLeadAsync(leadId));
        Assert.True(bounty.PossibleDuplicate);
        var committed = await _steps.CommittedCentsAsync();
        var queue = await admin.GetPageAsync("/admin/bounties");
        Assert.Contains("Possible duplicate of a lead from Lakeshore Dynamics Partners", queue.Text, StringComparison.Ordinal);

        using var withoutReason = await admin.SubmitFormAsync("/admin/bounties", $"/admin/bounties/{bounty.Id}/approve", ("OverrideReason", ""));

        Assert.Contains("Approve it only with a reason for overriding the duplicate flag.", await BountySteps.MessageAfterAsync(admin, withoutReason), StringComparison.Ordinal);
        Assert.Equal(BountyStatus.PendingApproval, (await _steps.BountyAsync(bounty.Id)).Status);
        Assert.Equal(committed, await _steps.CommittedCentsAsync());

        using var withReason = await admin.SubmitFormAsync("/admin/bounties", $"/admin/bounties/{bounty.Id}/approve",
            ("OverrideReason", "Different site of the customer: confirmed with both partners."));

        Assert.Contains("Bounty approved.", await BountySteps.MessageAfterAsync(admin, withReason), StringComparison.Ordinal);
        var approved = await _steps.BountyAsync(bounty.Id);
        Assert.Equal(BountyStatus.Approved, approved.Status);
        Assert.Equal("Different site of the customer: confirmed with both partners.", approved.DuplicateOverrideReason);
        Assert.Equal(await _steps.UserIdAsync(Matchmaker.Data.Seeding.DemoAccounts.Admin), approved.DecidedByUserId);
        Assert.Equal(committed + bounty.AmountCents, await _steps.CommittedCentsAsync());
        Assert.Matches(@"Duplicate override\s*Different site of the customer", (await admin.GetPageAsync("/admin/bounties?status=Approved")).Text);
    }

    [Fact]
    public async Task Rejecting_keeps_the_reason_which_the_partner_sees_and_leaves_the_budget_alone()
    {
        using var admin = await BountySteps.AdminAsync(factory);
        using var dana = await factory.CreateSignedInBrowserAsync(BountySteps.Dana);
        var company = BountySteps.NewCompany("Rejected Claim");
        var bountyId = await _steps.PendingBountyAsync(BountySteps.Lakeshore, BountySteps.Golden, company: company);
        var committed = await _steps.CommittedCentsAsync();

        using var response = await admin.SubmitFormAsync("/admin/bounties", $"/admin/bounties/{bountyId}/reject",
            ("Reason", nameof(BountyRejectionReason.NotDynamics)), ("Comment", "The customer bought SharePoint only."));

        Assert.Contains("Bounty rejected.", await BountySteps.MessageAfterAsync(admin, response), StringComparison.Ordinal);
        var rejected = await _steps.BountyAsync(bountyId);
        Assert.Equal(BountyStatus.Rejected, rejected.Status);
        Assert.Equal(BountyRejectionReason.NotDynamics, rejected.RejectionReason);
        Assert.Equal(committed, await _steps.CommittedCentsAsync());
        var row = (await dana.GetPageAsync("/bounties")).Document.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(company, StringComparison.Ordinal));
        Assert.Contains("Rejected", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("NotDynamics", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejecting_for_another_reason_without_a_comment_is_refused_and_the_bounty_stays_pending()
    {
        using var admin = await BountySteps.AdminAsync(factory);
        var bountyId = await _steps.PendingBountyAsync(BountySteps.Lakeshore, BountySteps.Golden);

        using var response = await admin.SubmitFormAsync("/admin/bounties", $"/admin/bounties/{bountyId}/reject",
            ("Reason", nameof(BountyRejectionReason.Other)), ("Comment", ""));

        Assert.Contains("Say why when the reason is Other.", await BountySteps.MessageAfterAsync(admin, response), StringComparison.Ordinal);
        Assert.Equal(BountyStatus.PendingApproval, (await _steps.BountyAsync(bountyId)).Status);
    }
}
