using Matchmaker.Browser.Tests.Infrastructure;
using Matchmaker.Data.Seeding;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Matchmaker.Browser.Tests.Journeys;

public sealed class SignInJourneyTests(PortalFixture portal, ITestOutputHelper output) : IClassFixture<PortalFixture>
{
    private const string Partner = "dana@lakeshore.example";

    [SkippableTheory]
    [InlineData(Viewport.DesktopName)]
    [InlineData(Viewport.PhoneName)]
    public async Task A_partner_is_told_the_password_is_wrong_then_signs_in_opens_account_security_and_signs_out(string viewportName)
    {
        var viewport = Viewport.Named(viewportName);
        var journey = new Journey("sign-in", viewport, output);
        await using var session = await portal.OpenSessionAsync(viewport);
        var page = session.Page;

        await page.GotoAsync("/");
        await Portal.OpenMenuLinkAsync(page, "Sign in");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await journey.VisitedAsync(page, "sign-in");

        await Portal.SubmitSignInAsync(page, Partner, "Not the password at all");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The email or password is not right.");
        await Expect(page.Locator("#Email")).ToHaveValueAsync(Partner);
        await Expect(page.Locator("#Password")).ToHaveValueAsync(string.Empty);
        await journey.VisitedAsync(page, "sign-in-wrong-password");

        await Portal.SignInAsync(page, Partner);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, Dana Whitfield" })).ToBeVisibleAsync();
        await Expect(page.Locator(".mm-page-header .lead")).ToContainTextAsync("Lakeshore Dynamics Partners");
        await journey.VisitedAsync(page, "partner-home");

        await Portal.OpenUserMenuAsync(page);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Account & security" })).ToBeVisibleAsync();
        await journey.VisitedAsync(page, "user-menu");
        await page.GetByRole(AriaRole.Link, new() { Name = "Account & security" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Account & security" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(Partner);
        await journey.VisitedAsync(page, "account-security");

        await Portal.SignOutAsync(page);
        await ExpectSignedOutAsync(page);
        await journey.VisitedAsync(page, "signed-out");

        // The session is really gone: a partner page sends the browser back to sign in.
        await page.GotoAsync("/organization");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));

        journey.AssertAccessible();
    }

    private static async Task ExpectSignedOutAsync(IPage page)
    {
        await Expect(page.Locator("#user-menu")).ToHaveCountAsync(0);
        await Portal.ExpandNavigationAsync(page);
        await Expect(Portal.MainNavigation(page).GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }
}
