using System.Net;
using Matchmaker.Web.Tests.Bounties;
using Matchmaker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Tests.Settings;

/// <summary>Bad setting values get a message beside the field, keep what was typed, and save nothing.</summary>
public sealed class SettingsValidationTests(MatchmakerFactory factory) : IClassFixture<MatchmakerFactory>
{
    private const string AmountMessage = "Enter a bounty amount between $1.00 and $100,000.00.";
    private const string BudgetMessage = "Enter a budget between $0 and $1,000,000,000.";
    private readonly BountySteps _steps = new(factory);

    [Theory]
    [InlineData("Input.BountyAmount", "two fifty", AmountMessage)]
    [InlineData("Input.BountyAmount", "", AmountMessage)]
    [InlineData("Input.BountyAmount", "0.99", AmountMessage)]
    [InlineData("Input.BountyAmount", "-250", AmountMessage)]
    [InlineData("Input.BountyAmount", "250.005", AmountMessage)]
    [InlineData("Input.BountyAmount", "100000.01", AmountMessage)]
    [InlineData("Input.BountyBudget", "lots", BudgetMessage)]
    [InlineData("Input.BountyBudget", "1000000000.01", BudgetMessage)]
    [InlineData("Input.ReferralResponseDays", "0", "Between 1 and 60 days.")]
    [InlineData("Input.ReferralResponseDays", "61", "Between 1 and 60 days.")]
    [InlineData("Input.QueueServiceLevelBusinessDays", "31", "Between 1 and 30 business days.")]
    [InlineData("Input.DuplicateWindowDays", "0", "Between 1 and 730 days.")]
    [InlineData("Input.DuplicateWindowDays", "731", "Between 1 and 730 days.")]
    public async Task A_bad_value_gets_its_message_beside_the_field_and_nothing_is_saved(string field, string value, string message)
    {
        using var admin = await BountySteps.AdminAsync(factory);
        var before = await _steps.SettingsAsync();
        var changes = await ChangeCountAsync();
        var form = (await admin.GetPageAsync("/admin/settings")).Form("/admin/settings").Set("Input.BountyAmount", "400");

        using var response = await form.Set(field, value).PostAsync(admin);

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(message, page.FieldError(field));
        Assert.Equal(value, page.Form("/admin/settings")[field]);
        var after = await _steps.SettingsAsync();
        Assert.Equal(before.BountyAmountCents, after.BountyAmountCents);
        Assert.Equal(before.BountyBudgetCents, after.BountyBudgetCents);
        Assert.Equal(before.ReferralResponseDays, after.ReferralResponseDays);
        Assert.Equal(changes, await ChangeCountAsync());
    }

    [Fact]
    public async Task A_number_of_days_that_is_not_a_number_gets_a_message_not_an_error_page()
    {
        using var admin = await BountySteps.AdminAsync(factory);
        var changes = await ChangeCountAsync();

        using var response = await admin.SubmitFormAsync("/admin/settings", "/admin/settings", ("Input.ReferralResponseDays", "seven"));

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotEqual(string.Empty, page.FieldError("Input.ReferralResponseDays"));
        Assert.Equal(changes, await ChangeCountAsync());
    }

    [Fact]
    public async Task A_budget_below_what_is_already_committed_is_refused_with_the_reason_and_nothing_is_saved()
    {
        using var admin = await BountySteps.AdminAsync(factory);
        var before = await _steps.SettingsAsync();
        var changes = await ChangeCountAsync();

        using var response = await admin.SubmitFormAsync("/admin/settings", "/admin/settings",
            ("Input.BountyBudget", "499.99"), ("Input.BountyAmount", "300"));

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("The budget cannot be lower than what is already approved or paid.", page.Text, StringComparison.Ordinal);
        var after = await _steps.SettingsAsync();
        Assert.Equal(before.BountyBudgetCents, after.BountyBudgetCents);
        Assert.Equal(before.BountyAmountCents, after.BountyAmountCents);
        Assert.Equal(changes, await ChangeCountAsync());
    }

    private Task<int> ChangeCountAsync() => factory.InDatabaseAsync(db => db.SettingChanges.CountAsync());
}
