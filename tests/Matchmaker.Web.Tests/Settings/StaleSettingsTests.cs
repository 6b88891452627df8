using Matchmaker.Web.Tests.Bounties;
using Matchmaker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Tests.Settings;

/// <summary>Settings saved from a page another admin has since saved over are refused, and nothing is saved.</summary>
public sealed class StaleSettingsTests(MatchmakerFactory factory) : IClassFixture<MatchmakerFactory>
{
    private const string AnotherAdminSaved = "Another admin saved the settings while you were editing.";
    private readonly BountySteps _steps = new(factory);

    [Fact]
    public async Task The_second_of_two_admins_editing_at_once_gets_the_message_and_the_first_save_stands()
    {
        using var admin = await BountySteps.AdminAsync(factory);
        using var finance = await BountySteps.FinanceAsync(factory);
        var adminForm = (await admin.GetPageAsync("/admin/settings")).Form("/admin/settings");
        var financeForm = (await finance.GetPageAsync("/admin/settings")).Form("/admin/settings");
        using var first = await financeForm.Set("Input.BountyAmount", "275").Set("Input.DuplicateWindowDays", "100").PostAsync(finance);
        first.AssertRedirectsTo("/admin/settings");
        var changes = await ChangeCountAsync();

        using var stale = await adminForm.Set("Input.BountyAmount", "300").Set("Input.ReferralResponseDays", "14").PostAsync(admin);

        var page = await HtmlPage.ReadAsync(stale);
        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        Assert.Contains(AnotherAdminSaved, page.Text, StringComparison.Ordinal);
        var settings = await _steps.SettingsAsync();
        Assert.Equal(27_500, settings.BountyAmountCents);
        Assert.Equal(100, settings.DuplicateWindowDays);
        Assert.Equal(7, settings.ReferralResponseDays);
        Assert.Equal(changes, await ChangeCountAsync());
    }

    [Fact]
    public async Task A_post_with_an_unknown_version_saves_nothing()
    {
        using var admin = await BountySteps.AdminAsync(factory);
        var before = await _steps.SettingsAsync();
        var changes = await ChangeCountAsync();
        var form = (await admin.GetPageAsync("/admin/settings")).Form("/admin/settings");

        using var response = await form.Set("Input.Version", Guid.NewGuid().ToString()).Set("Input.BountyAmount", "999").PostAsync(admin);

        Assert.Contains(AnotherAdminSaved, (await HtmlPage.ReadAsync(response)).Text, StringComparison.Ordinal);
        Assert.Equal(before.BountyAmountCents, (await _steps.SettingsAsync()).BountyAmountCents);
        Assert.Equal(changes, await ChangeCountAsync());
    }

    private Task<int> ChangeCountAsync() => factory.InDatabaseAsync(db => db.SettingChanges.CountAsync());
}
