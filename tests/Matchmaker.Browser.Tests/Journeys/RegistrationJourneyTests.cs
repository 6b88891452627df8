using Matchmaker.Browser.Tests.Infrastructure;
using Matchmaker.Data.Seeding;
using Matchmaker.Domain.Common;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Matchmaker.Browser.Tests.Journeys;

/// <summary>A partner organization's first days: registration, verification by an admin, a colleague joining.</summary>
public sealed class RegistrationJourneyTests(PortalFixture portal, ITestOutputHelper output) : IClassFixture<PortalFixture>
{
    private sealed record NewOrganization(
        string LegalName, string PartnerNumber, string AdminName, string AdminEmail, string ColleagueName, string ColleagueEmail);

    private const string Password = "Copper kettle above the harbor";

    // Each viewport registers its own organization, since both runs share the class's database.
    private static NewOrganization For(Viewport viewport) => viewport.IsPhone
        ? new("Harbor Point Systems", "7700202", "Taylor Brennan", "taylor@harborpoint.example", "Jesse Moreno", "jesse@harborpoint.example")
        : new("Prairie Lake Analytics", "7700101", "Morgan Ellis", "morgan@prairielake.example", "Avery Quinn", "avery@prairielake.example");

    [SkippableTheory]
    [InlineData(Viewport.DesktopName)]
    [InlineData(Viewport.PhoneName)]
    public async Task A_Canadian_registration_is_refused_then_the_US_organization_is_authorized_and_its_colleague_joins(string viewportName)
    {
        var viewport = Viewport.Named(viewportName);
        var organization = For(viewport);
        var journey = new Journey("registration", viewport, output);

        // The organization's admin registers, first from Canada, then as a U.S. partner.
        await using var founder = await portal.OpenSessionAsync(viewport);
        var page = founder.Page;
        await page.GotoAsync("/");
        await journey.VisitedAsync(page, "landing");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Register your organization" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Register your organization" })).ToBeVisibleAsync();
        await journey.VisitedAsync(page, "register");

        await FillRegistrationAsync(page, organization, country: "CA");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Expect(page.Locator("[data-valmsg-for='Country']")).ToHaveTextAsync(Countries.OnlyUsMessage);
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Please correct the following" }))
            .ToContainTextAsync(Countries.OnlyUsMessage);
        await Expect(page.Locator("#LegalName")).ToHaveValueAsync(organization.LegalName);
        await journey.VisitedAsync(page, "register-refused-outside-us");

        await page.Locator("#Country").SelectOptionAsync("US");
        await page.Locator("#Password").FillAsync(Password);
        await page.Locator("#ConfirmPassword").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Welcome, {organization.AdminName}" })).ToBeVisibleAsync();
        await Expect(page.GetByText($"{organization.LegalName} is registered.")).ToBeVisibleAsync();
        await Expect(StatusLine(page)).ToContainTextAsync(organization.LegalName);
        await Expect(StatusLine(page)).ToContainTextAsync("Pending verification");
        await journey.VisitedAsync(page, "home-pending-verification");

        // An admin finds it among the registrations waiting for verification and authorizes it.
        await using (var admin = await portal.OpenSessionAsync(viewport))
        {
            var adminPage = admin.Page;
            var confirmations = Portal.AcceptConfirmations(adminPage);
            await Portal.SignInAsync(adminPage, DemoAccounts.Admin);
            await journey.VisitedAsync(adminPage, "admin-home");
            await Portal.OpenMenuLinkAsync(adminPage, "Organizations");
            await Expect(adminPage.GetByRole(AriaRole.Heading, new() { Name = "Partner organizations" })).ToBeVisibleAsync();
            await journey.VisitedAsync(adminPage, "admin-organizations");
            await adminPage.GetByRole(AriaRole.Link, new() { Name = "Pending verification" }).ClickAsync();
            var pendingRow = adminPage.GetByRole(AriaRole.Row).Filter(new() { HasText = organization.LegalName });
            await Expect(pendingRow).ToContainTextAsync("Pending verification");
            await journey.VisitedAsync(adminPage, "admin-organizations-pending");

            await pendingRow.GetByRole(AriaRole.Link, new() { Name = organization.LegalName }).ClickAsync();
            await Expect(adminPage.GetByRole(AriaRole.Heading, new() { Name = organization.LegalName, Level = 1 })).ToBeVisibleAsync();
            await journey.VisitedAsync(adminPage, "admin-organization-details");
            await adminPage.GetByRole(AriaRole.Button, new() { Name = "Authorize" }).ClickAsync();
            await Expect(adminPage.GetByText($"{organization.LegalName} is authorized.")).ToBeVisibleAsync();
            await Expect(StatusLine(adminPage)).ToContainTextAsync("Authorized");
            Assert.Contains(confirmations, message => message.StartsWith($"Authorize {organization.LegalName}?", StringComparison.Ordinal));
            await journey.VisitedAsync(adminPage, "admin-organization-authorized");
        }

        // The organization's admin now sees it authorized and can open the partner network.
        await page.ReloadAsync();
        await Expect(StatusLine(page)).ToContainTextAsync("Authorized");
        await journey.VisitedAsync(page, "home-authorized");
        await Portal.OpenMenuLinkAsync(page, "Partner network");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Partner network" })).ToBeVisibleAsync();
        await Expect(page.Locator("td", new() { HasText = "Lakeshore Dynamics Partners" }).First).ToBeVisibleAsync();
        await journey.VisitedAsync(page, "partner-network");

        // It invites a colleague, who follows the emailed link in a browser of their own.
        await Portal.OpenMenuLinkAsync(page, "My organization");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = organization.LegalName })).ToBeVisibleAsync();
        await journey.VisitedAsync(page, "organization");
        await page.Locator("#Invite_Email").FillAsync(organization.ColleagueEmail);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Expect(page.GetByText($"Invitation sent to {organization.ColleagueEmail}.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = organization.ColleagueEmail })).ToContainTextAsync(organization.AdminName);
        await journey.VisitedAsync(page, "organization-invitation-sent");

        var link = portal.Server.Emails.LinkSentTo(organization.ColleagueEmail);
        await using var colleague = await portal.OpenSessionAsync(viewport);
        var colleaguePage = colleague.Page;
        await colleaguePage.GotoAsync(link);
        await Expect(colleaguePage.GetByRole(AriaRole.Heading, new() { Name = $"Join {organization.LegalName}" })).ToBeVisibleAsync();
        await journey.VisitedAsync(colleaguePage, "invitation-accept");
        await colleaguePage.Locator("#Input_DisplayName").FillAsync(organization.ColleagueName);
        await colleaguePage.Locator("#Input_Password").FillAsync(Password);
        await colleaguePage.Locator("#Input_ConfirmPassword").FillAsync(Password);
        await colleaguePage.GetByRole(AriaRole.Button, new() { Name = $"Join {organization.LegalName}" }).ClickAsync();

        await Expect(colleaguePage.GetByRole(AriaRole.Heading, new() { Name = $"Welcome, {organization.ColleagueName}" })).ToBeVisibleAsync();
        await Expect(colleaguePage.GetByText($"Welcome to {organization.LegalName} on Matchmaker.")).ToBeVisibleAsync();
        await Expect(StatusLine(colleaguePage)).ToContainTextAsync(organization.LegalName);
        await journey.VisitedAsync(colleaguePage, "colleague-home");
        await Portal.OpenMenuLinkAsync(colleaguePage, "My organization");
        await Expect(colleaguePage.GetByRole(AriaRole.Row).Filter(new() { HasText = organization.ColleagueEmail }))
            .ToContainTextAsync("Partner user");
        await journey.VisitedAsync(colleaguePage, "colleague-organization");

        journey.AssertAccessible();
    }

    /// <summary>The line under a page's heading that names the organization and shows its status badge.</summary>
    private static ILocator StatusLine(IPage page) => page.Locator(".mm-page-header .lead");

    private static async Task FillRegistrationAsync(IPage page, NewOrganization organization, string country)
    {
        await page.Locator("#LegalName").FillAsync(organization.LegalName);
        await page.Locator("#PartnerNumber").FillAsync(organization.PartnerNumber);
        await page.Locator("#Street").FillAsync("410 N Michigan Ave, Suite 900");
        await page.Locator("#City").FillAsync("Chicago");
        await page.Locator("#State").SelectOptionAsync("IL");
        await page.Locator("#PostalCode").FillAsync("60611");
        await page.Locator("#Country").SelectOptionAsync(country);
        await page.Locator("#Phone").FillAsync("(312) 555-0190");
        await page.Locator("#Website").FillAsync("https://partner.example");
        await page.Locator("#AdminName").FillAsync(organization.AdminName);
        await page.Locator("#Email").FillAsync(organization.AdminEmail);
        await page.Locator("#Password").FillAsync(Password);
        await page.Locator("#ConfirmPassword").FillAsync(Password);
    }
}
