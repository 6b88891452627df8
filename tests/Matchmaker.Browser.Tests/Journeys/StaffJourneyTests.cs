using Matchmaker.Browser.Tests.Infrastructure;
using Matchmaker.Data.Seeding;
using Matchmaker.Web.Features.Staff;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Matchmaker.Browser.Tests.Journeys;

public sealed class StaffJourneyTests(PortalFixture portal, ITestOutputHelper output) : IClassFixture<PortalFixture>
{
    private const string Admin = "Alex Morgan";
    private const string SecondAdmin = "Jamie Chen";
    private const string AccountManager = "Riley Brooks";

    [SkippableTheory]
    [InlineData(Viewport.DesktopName)]
    [InlineData(Viewport.PhoneName)]
    public async Task An_admin_grants_and_revokes_a_role_and_cannot_remove_the_last_admin(string viewportName)
    {
        var viewport = Viewport.Named(viewportName);
        var journey = new Journey("staff", viewport, output);
        await using var session = await portal.OpenSessionAsync(viewport);
        var page = session.Page;
        var confirmations = Portal.AcceptConfirmations(page);

        await Portal.SignInAsync(page, DemoAccounts.Admin);
        await Portal.OpenMenuLinkAsync(page, "Staff");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Vendor staff" })).ToBeVisibleAsync();
        await journey.VisitedAsync(page, "staff");

        // Grant a role to an account manager, then take it back; each change asks first.
        var accountManagerRow = StaffRow(page, DemoAccounts.SecondAccountManager);
        await ChangeRoleAsync(page, $"Grant Admin to {AccountManager}", $"{AccountManager} now has the Admin role.");
        await Expect(RoleCell(accountManagerRow, "Admin")).ToContainTextAsync("Yes");
        await journey.VisitedAsync(page, "staff-admin-granted");
        await ChangeRoleAsync(page, $"Revoke Admin from {AccountManager}", $"{AccountManager} no longer has the Admin role.");
        await Expect(RoleCell(accountManagerRow, "Admin")).ToContainTextAsync("No");
        await Expect(RoleCell(accountManagerRow, "Account manager")).ToContainTextAsync("Yes");
        Assert.Contains($"Give {AccountManager} the Admin role?", confirmations);
        Assert.Contains($"Remove the Admin role from {AccountManager}?", confirmations);
        await journey.VisitedAsync(page, "staff-admin-revoked");

        // With the second admin demoted, removing one's own Admin role would leave the program without one.
        await ChangeRoleAsync(page, $"Revoke Admin from {SecondAdmin}", $"{SecondAdmin} no longer has the Admin role.");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Revoke Admin from {Admin}", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(StaffService.LastAdminMessage);
        await Expect(RoleCell(StaffRow(page, DemoAccounts.Admin), "Admin")).ToContainTextAsync("Yes");
        await journey.VisitedAsync(page, "staff-last-admin-refused");

        // Put the second admin back, so the other viewport's run starts from the demo data.
        await ChangeRoleAsync(page, $"Grant Admin to {SecondAdmin}", $"{SecondAdmin} now has the Admin role.");
        await Expect(RoleCell(StaffRow(page, DemoAccounts.SecondAdmin), "Admin")).ToContainTextAsync("Yes");

        journey.AssertAccessible();
    }

    private static ILocator StaffRow(IPage page, string email) =>
        page.GetByRole(AriaRole.Row).Filter(new() { HasText = email });

    private static ILocator RoleCell(ILocator row, string role) => row.Locator($"td[data-label='{role}']");

    private static async Task ChangeRoleAsync(IPage page, string button, string confirmation)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = confirmation })).ToBeVisibleAsync();
    }
}
