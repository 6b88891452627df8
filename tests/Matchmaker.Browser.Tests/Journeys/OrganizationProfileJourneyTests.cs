using Matchmaker.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Matchmaker.Browser.Tests.Journeys;

public sealed class OrganizationProfileJourneyTests(PortalFixture portal, ITestOutputHelper output) : IClassFixture<PortalFixture>
{
    [SkippableTheory]
    [InlineData(Viewport.DesktopName)]
    [InlineData(Viewport.PhoneName)]
    public async Task An_organization_admin_adds_a_product_area_and_a_state_to_the_profile(string viewportName)
    {
        var viewport = Viewport.Named(viewportName);
        var (area, state) = viewport.IsPhone ? ("Exchange", "Ohio") : ("Office", "Minnesota");
        var journey = new Journey("organization-profile", viewport, output);
        await using var session = await portal.OpenSessionAsync(viewport);
        var page = session.Page;

        await Portal.SignInAsync(page, "dana@lakeshore.example");
        await Portal.OpenMenuLinkAsync(page, "My organization");
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit profile" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Edit your organization's profile" })).ToBeVisibleAsync();
        await journey.VisitedAsync(page, "organization-edit");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = area, Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = state, Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();

        await Expect(page.GetByText("Your organization's profile is saved.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(area);
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(state);
        await journey.VisitedAsync(page, "organization-saved");

        journey.AssertAccessible();
    }
}
