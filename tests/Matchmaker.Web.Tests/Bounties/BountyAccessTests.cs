using System.Net;
using Matchmaker.Data.Seeding;
using Matchmaker.Domain.Bounties;
using Matchmaker.Web.Tests.Infrastructure;

namespace Matchmaker.Web.Tests.Bounties;

/// <summary>Only admins reach the bounty desk and the settings; a partner sees only its own organization's bounties.</summary>
public sealed class BountyAccessTests(MatchmakerFactory factory) : IClassFixture<MatchmakerFactory>
{
    private const string Partner = BountySteps.Dana;
    private readonly BountySteps _steps = new(factory);

    public static TheoryData<string, string> AdminPages => new()
    {
        { Partner, "/admin/bounties" },
        { Partner, "/admin/bounties?status=Approved" },
        { Partner, "/admin/bounties/export" },
        { Partner, "/admin/settings" },
        { DemoAccounts.AccountManager, "/admin/bounties" },
        { DemoAccounts.AccountManager, "/admin/bounties?status=Paid" },
        { DemoAccounts.AccountManager, "/admin/bounties/export" },
        { DemoAccounts.AccountManager, "/admin/settings" },
    };

    public static TheoryData<string, string> AdminPosts => new()
    {
        { Partner, "approve" },
        { Partner, "reject" },
        { Partner, "pay" },
        { Partner, "settings" },
        { DemoAccounts.AccountManager, "approve" },
        { DemoAccounts.AccountManager, "reject" },
        { DemoAccounts.AccountManager, "pay" },
        { DemoAccounts.AccountManager, "settings" },
    };

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task A_partner_or_account_manager_gets_403_on_every_bounty_and_settings_page(string email, string url)
    {
        using var browser = await factory.CreateSignedInBrowserAsync(email);

        using var response = await browser.GetAsync(url);

        response.AssertAccessDenied();
        using var denied = await browser.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.DoesNotContain("bounty_id", await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AdminPosts))]
    public async Task A_partner_or_account_manager_posting_a_bounty_or_settings_action_is_refused_and_nothing_changes(string email, string action)
    {
        using var browser = await factory.CreateSignedInBrowserAsync(email);
        var pending = await _steps.BountyIdOfCustomerAsync("Fabrikam Fixtures");
        var approved = await _steps.BountyIdOfCustomerAsync("Tailspin Toys");
        var settings = await _steps.SettingsAsync();
        var (url, fields) = action switch
        {
            "approve" => ($"/admin/bounties/{pending}/approve", new[] { ("OverrideReason", "mine") }),
            "reject" => ($"/admin/bounties/{pending}/reject", [("Reason", nameof(BountyRejectionReason.Fraud)), ("Comment", "x")]),
            "pay" => ($"/admin/bounties/{approved}/pay", [("PaymentReference", "ACH-X"), ("PaymentDate", "2026-01-05")]),
            _ => ("/admin/settings", [("Input.BountyAmount", "100000"), ("Input.BountyBudget", "1000000000"), ("Input.ReferralResponseDays", "60"),
                ("Input.QueueServiceLevelBusinessDays", "30"), ("Input.DuplicateWindowDays", "730")]),
        };

        using var response = await browser.PostWithTokenAsync(url, fields);

        response.AssertAccessDenied();
        Assert.Equal(BountyStatus.PendingApproval, (await _steps.BountyAsync(pending)).Status);
        Assert.Equal(BountyStatus.Approved, (await _steps.BountyAsync(approved)).Status);
        var after = await _steps.SettingsAsync();
        Assert.Equal(settings.BountyAmountCents, after.BountyAmountCents);
        Assert.Equal(settings.BountyBudgetCents, after.BountyBudgetCents);
        Assert.Equal(settings.ReferralResponseDays, after.ReferralResponseDays);
    }

    [Theory]
    [InlineData("/admin/bounties")]
    [InlineData("/admin/bounties/export")]
    [InlineData("/admin/settings")]
    [InlineData("/bounties")]
    public async Task An_anonymous_visitor_is_sent_to_sign_in(string url)
    {
        using var browser = factory.CreateBrowser();

        using var response = await browser.GetAsync(url);

        response.AssertRedirectsTo("/account/login");
    }

    [Theory]
    [InlineData("approve")]
    [InlineData("pay")]
    [InlineData("settings")]
    public async Task An_anonymous_post_is_sent_to_sign_in_and_changes_nothing(string action)
    {
        using var browser = factory.CreateBrowser();
        var pending = await _steps.BountyIdOfCustomerAsync("Fabrikam Fixtures");
        var approved = await _steps.BountyIdOfCustomerAsync("Tailspin Toys");
        var url = action switch
        {
            "approve" => $"/admin/bounties/{pending}/approve",
            "pay" => $"/admin/bounties/{approved}/pay",
            _ => "/admin/settings",
        };

        using var response = await browser.PostWithTokenAsync(url, ("PaymentReference", "ACH-ANON"), ("PaymentDate", "2026-01-05"), ("Input.BountyAmount", "1"));

        response.AssertRedirectsTo("/account/login");
        Assert.Equal(BountyStatus.PendingApproval, (await _steps.BountyAsync(pending)).Status);
        Assert.Equal(BountyStatus.Approved, (await _steps.BountyAsync(approved)).Status);
    }

    [Fact]
    public async Task A_partner_sees_its_own_organizations_bounties_and_not_another_organizations()
    {
        using var dana = await factory.CreateSignedInBrowserAsync(BountySteps.Dana);
        using var marcus = await factory.CreateSignedInBrowserAsync(BountySteps.Marcus);

        var lakeshore = await dana.GetPageAsync("/bounties");
        var loneStar = await marcus.GetPageAsync("/bounties");

        var lakeshoreCustomers = lakeshore.TextsOf("tbody td[data-label='Lead']").ToList();
        var loneStarCustomers = loneStar.TextsOf("tbody td[data-label='Lead']").ToList();
        Assert.Contains("Fabrikam Fixtures", lakeshoreCustomers);
        Assert.Contains("Tailspin Toys", lakeshoreCustomers);
        Assert.DoesNotContain("Proseware Inc", lakeshoreCustomers);
        Assert.Equal(["Proseware Inc"], loneStarCustomers);
        Assert.DoesNotContain("Fabrikam Fixtures", loneStar.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_account_manager_has_no_partner_bounty_page()
    {
        using var jordan = await factory.CreateSignedInBrowserAsync(DemoAccounts.AccountManager);

        using var response = await jordan.GetAsync("/bounties");

        response.AssertAccessDenied();
    }
}
