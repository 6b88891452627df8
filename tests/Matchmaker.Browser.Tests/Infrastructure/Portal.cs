using System.Collections.Concurrent;
using Matchmaker.Data.Seeding;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Matchmaker.Browser.Tests.Infrastructure;

/// <summary>What every journey does with the portal's layout: sign in and out, the main menu, the user menu.</summary>
public static class Portal
{
    public static ILocator MainNavigation(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

    /// <summary>Fills the sign-in form and submits it, whatever the outcome.</summary>
    public static async Task SubmitSignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/account/login");
        await page.Locator("#Email").FillAsync(email);
        await page.Locator("#Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
    }

    /// <summary>Signs in and waits until the portal has left the sign-in page.</summary>
    public static async Task SignInAsync(IPage page, string email, string password = DemoAccounts.Password)
    {
        await SubmitSignInAsync(page, email, password);
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.OrdinalIgnoreCase));
        await Expect(page.Locator("#user-menu")).ToBeAttachedAsync();
    }

    /// <summary>Follows a link of the main navigation, opening the collapsed menu first on a phone.</summary>
    public static async Task OpenMenuLinkAsync(IPage page, string linkName)
    {
        await ExpandNavigationAsync(page);
        await MainNavigation(page).GetByRole(AriaRole.Link, new() { Name = linkName }).First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
    }

    /// <summary>Opens the user menu (the signed-in person's name in the navigation bar).</summary>
    public static async Task OpenUserMenuAsync(IPage page)
    {
        await ExpandNavigationAsync(page);
        await page.Locator("#user-menu").ClickAsync();
        await Expect(page.Locator("#user-menu")).ToHaveAttributeAsync("aria-expanded", "true");
    }

    public static async Task SignOutAsync(IPage page)
    {
        await OpenUserMenuAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByText("You have signed out.")).ToBeVisibleAsync();
    }

    /// <summary>On a narrow screen the navigation sits behind the toggler; open it when it is closed.</summary>
    public static async Task ExpandNavigationAsync(IPage page)
    {
        var toggler = MainNavigation(page).GetByRole(AriaRole.Button, new() { Name = "Show navigation" });
        if (await toggler.IsVisibleAsync() && await toggler.GetAttributeAsync("aria-expanded") != "true")
        {
            await toggler.ClickAsync();
            await Expect(page.Locator("#main-nav")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bshow\b"));
        }
    }

    /// <summary>Registers a page's confirm() dialogs to be accepted, and returns the texts they showed.</summary>
    public static IReadOnlyCollection<string> AcceptConfirmations(IPage page)
    {
        var messages = new ConcurrentQueue<string>();
        page.Dialog += async (_, dialog) =>
        {
            messages.Enqueue(dialog.Message);
            await dialog.AcceptAsync();
        };
        return messages;
    }
}
