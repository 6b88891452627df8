using Matchmaker.Browser.Tests.Infrastructure;
using Matchmaker.Data.Seeding;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Matchmaker.Browser.Tests.Journeys;

public sealed class AddStaffJourneyTests(PortalFixture portal, ITestOutputHelper output) : IClassFixture<PortalFixture>
{
    [SkippableTheory]
    [InlineData(Viewport.DesktopName)]
    [InlineData(Viewport.PhoneName)]
    public async Task An_admin_adds_an_account_manager_who_is_emailed_a_link_to_set_a_password(string viewportName)
    {
        var viewport = Viewport.Named(viewportName);
        var (name, email) = viewport.IsPhone
            ? ("Robin Alvarez", "robin.alvarez@matchmaker.test")
            : ("Casey Nguyen", "casey.nguyen@matchmaker.test");
        var journey = new Journey("add-staff", viewport, output);
        await using var session = await portal.OpenSessionAsync(viewport);
        var page = session.Page;

        await Portal.SignInAsync(page, DemoAccounts.Admin);
        await Portal.OpenMenuLinkAsync(page, "Staff");
        await journey.VisitedAsync(page, "staff");
        await page.Locator("#Add_DisplayName").FillAsync(name);
        await page.Locator("#Add_Email").FillAsync(email);
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Account manager" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add staff member" }).ClickAsync();

        await Expect(page.GetByText($"{name} was added and emailed a link to set a password.")).ToBeVisibleAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = email });
        await Expect(row).ToContainTextAsync("Invited");
        await Expect(row.Locator("td[data-label='Account manager']")).ToContainTextAsync("Yes");
        await Expect(row.Locator("td[data-label='Admin']")).ToContainTextAsync("No");
        Assert.Contains(portal.Server.Emails.Sent, m => m.To == email && m.Subject == "Your Matchmaker staff account");
        await journey.VisitedAsync(page, "staff-added");

        journey.AssertAccessible();
    }
}
