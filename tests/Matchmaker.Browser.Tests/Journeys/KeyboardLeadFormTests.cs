using Matchmaker.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Matchmaker.Browser.Tests.Journeys;

public sealed class KeyboardLeadFormTests(PortalFixture portal, ITestOutputHelper output) : IClassFixture<PortalFixture>
{
    private const string Company = "Keel & Compass Marine";
    private const string Need = "Boat dealer wants a CRM for service reminders across four marinas.";

    // The customer part of the form in tab order, with what is typed; typing into a select picks
    // the option whose label starts with the text; null leaves the field empty.
    private static readonly (string Id, string? Typed, string Expected)[] CustomerFields =
    [
        ("Input_Company", Company, Company),
        ("Input_ContactName", "Pat Lindgren", "Pat Lindgren"),
        ("Input_ContactEmail", "pat@keelcompass.example", "pat@keelcompass.example"),
        ("Input_ContactPhone", null, string.Empty),
        ("Input_City", "Traverse City", "Traverse City"),
        ("Input_State", "Michigan", "MI"),
        ("Input_PostalCode", "49684", "49684"),
        ("Input_Industry", "Retail", "Retail"),
        ("Input_Size", "Small", "Small"),
    ];

    [SkippableFact]
    public async Task The_lead_form_can_be_filled_and_submitted_with_the_keyboard_alone()
    {
        var journey = new Journey("keyboard-lead-form", Viewport.Desktop, output);
        await using var session = await portal.OpenSessionAsync(Viewport.Desktop);
        var page = session.Page;
        await Portal.SignInAsync(page, "dana@lakeshore.example");
        await page.GotoAsync("/leads/new");
        await journey.VisitedAsync(page, "lead-form");

        // The skip link is the first stop; it takes focus past the navigation to the form.
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        foreach (var (id, typed, expected) in CustomerFields)
        {
            await TabToAsync(page, page.Locator($"#{id}"));
            if (typed is not null)
            {
                await page.Keyboard.TypeAsync(typed);
            }

            await Expect(page.Locator($"#{id}")).ToHaveValueAsync(expected);
        }

        var consent = page.GetByRole(AriaRole.Checkbox, new() { Name = LeadForm.ConsentLabel });
        await TabToAsync(page, consent);
        await page.Keyboard.PressAsync("Space");
        await Expect(consent).ToBeCheckedAsync();

        // Every product area is a stop; the first, Dynamics CRM, is ticked.
        var areas = page.GetByRole(AriaRole.Group, new() { Name = "Product areas" }).GetByRole(AriaRole.Checkbox);
        var areaCount = await areas.CountAsync();
        for (var i = 0; i < areaCount; i++)
        {
            await TabToAsync(page, areas.Nth(i));
            if (i == 0)
            {
                await page.Keyboard.PressAsync("Space");
            }
        }

        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Dynamics CRM", Exact = true })).ToBeCheckedAsync();
        await TabToAsync(page, page.Locator("#Input_Need"));
        await page.Keyboard.TypeAsync(Need);
        await TabToAsync(page, page.Locator("#Input_EstimatedValue"));
        await page.Keyboard.TypeAsync("36,500");
        await TabToAsync(page, page.Locator("#Input_Timeframe"));
        await page.Keyboard.TypeAsync("1");
        await Expect(page.Locator("#Input_Timeframe")).ToHaveValueAsync("OneToThreeMonths");

        // Ticking a Dynamics area brought up the bounty choice, which is the next stop.
        var bounty = page.GetByRole(AriaRole.Checkbox, new() { Name = LeadForm.BountyLabel });
        await TabToAsync(page, bounty);
        await page.Keyboard.PressAsync("Space");
        await Expect(bounty).ToBeCheckedAsync();

        // The route group stops on its checked radio (peers); then each preferred peer.
        await TabToAsync(page, page.GetByRole(AriaRole.Radio, new() { Name = "Peers I pick" }));
        var peers = page.Locator("#peer-picker").GetByRole(AriaRole.Checkbox);
        var peerCount = await peers.CountAsync();
        for (var i = 0; i < peerCount; i++)
        {
            await TabToAsync(page, peers.Nth(i));
            if (i == 0)
            {
                await page.Keyboard.PressAsync("Space");
            }
        }

        await Expect(peers.First).ToBeCheckedAsync();
        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Submit the lead" }));
        await journey.VisitedAsync(page, "lead-form-filled");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Company, Level = 1 })).ToBeVisibleAsync();
        await Expect(LeadPage.Confirmation(page, "Your lead is saved and offered to the peers you picked.")).ToBeVisibleAsync();
        await Expect(LeadPage.StatusLine(page)).ToContainTextAsync("Offered");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Claimed: created for approval when a partner accepts");
        await journey.VisitedAsync(page, "lead-offered");

        journey.AssertAccessible();
    }

    private static async Task TabToAsync(IPage page, ILocator expected)
    {
        await page.Keyboard.PressAsync("Tab");
        await Expect(expected).ToBeFocusedAsync();
    }
}
