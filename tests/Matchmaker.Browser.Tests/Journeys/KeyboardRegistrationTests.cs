using Matchmaker.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Matchmaker.Browser.Tests.Journeys;

public sealed class KeyboardRegistrationTests(PortalFixture portal, ITestOutputHelper output) : IClassFixture<PortalFixture>
{
    private const string Password = "Seven quiet lanterns by the river";

    // The registration form in tab order, with what a keyboard user types into each field. Typing
    // into a select picks the option whose label starts with the text; null leaves the default.
    private static readonly (string Id, string? Typed, string Expected)[] Fields =
    [
        ("LegalName", "Keystone Ledger Partners", "Keystone Ledger Partners"),
        ("PartnerNumber", "8800303", "8800303"),
        ("Street", "1500 Market St, Suite 300", "1500 Market St, Suite 300"),
        ("City", "Philadelphia", "Philadelphia"),
        ("State", "Pennsylvania", "PA"),
        ("PostalCode", "19102", "19102"),
        ("Country", null, "US"),
        ("Phone", "(215) 555-0148", "(215) 555-0148"),
        ("Website", "https://keystoneledger.example", "https://keystoneledger.example"),
        ("AdminName", "Riley Franklin", "Riley Franklin"),
        ("Email", "riley@keystoneledger.example", "riley@keystoneledger.example"),
        ("Password", Password, Password),
        ("ConfirmPassword", Password, Password),
    ];

    [SkippableFact]
    public async Task The_registration_form_can_be_filled_and_submitted_with_the_keyboard_alone()
    {
        var journey = new Journey("keyboard-registration", Viewport.Desktop, output);
        await using var session = await portal.OpenSessionAsync(Viewport.Desktop);
        var page = session.Page;
        await page.GotoAsync("/register");
        await journey.VisitedAsync(page, "register");

        // The skip link is the first stop; it takes focus past the navigation to the form.
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");

        foreach (var (id, typed, expected) in Fields)
        {
            var field = page.Locator($"#{id}");
            await Expect(field).ToBeFocusedAsync();
            if (typed is not null)
            {
                await page.Keyboard.TypeAsync(typed);
            }

            await Expect(field).ToHaveValueAsync(expected);
            if (id != Fields[^1].Id)
            {
                await page.Keyboard.PressAsync("Tab");
            }
        }

        await journey.VisitedAsync(page, "register-filled");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, Riley Franklin" })).ToBeVisibleAsync();
        await Expect(page.Locator(".mm-page-header .lead")).ToContainTextAsync("Keystone Ledger Partners");
        await Expect(page.Locator(".mm-page-header .lead")).ToContainTextAsync("Pending verification");
        await journey.VisitedAsync(page, "home-pending-verification");

        journey.AssertAccessible();
    }
}
