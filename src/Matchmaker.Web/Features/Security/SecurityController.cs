using System.Globalization;
using System.Text;
using Matchmaker.Data.Identity;
using Matchmaker.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using QRCoder;

namespace Matchmaker.Web.Features.Security;

/// <summary>The signed-in user's own account: name, time zone, password and two-factor sign-in.</summary>
[Authorize, Route("account/security")]
public sealed class SecurityController(UserManager<ApplicationUser> userManager, SignInManager<ApplicationUser> signInManager)
    : Controller
{
    private const string RecoveryCodesKey = "security.recoveryCodes";

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var user = await CurrentUserAsync();
        return View(new SecurityOverviewViewModel(
            user.Email!, user.DisplayName, user.TimeZoneId, user.TwoFactorEnabled,
            await userManager.CountRecoveryCodesAsync(user),
            await signInManager.IsTwoFactorClientRememberedAsync(user)));
    }

    [HttpGet("profile")]
    public async Task<IActionResult> Profile()
    {
        var user = await CurrentUserAsync();
        return View(new ProfileInput { DisplayName = user.DisplayName, TimeZoneId = user.TimeZoneId });
    }

    [HttpPost("profile")]
    public async Task<IActionResult> Profile(ProfileInput input)
    {
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var user = await CurrentUserAsync();
        user.DisplayName = input.DisplayName.Trim();
        user.TimeZoneId = input.TimeZoneId;
        await userManager.UpdateAsync(user);
        await signInManager.RefreshSignInAsync(user);
        TempData.Success("Your profile is saved.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("password")]
    public IActionResult ChangePassword() => View(new ChangePasswordInput());

    [HttpPost("password")]
    public async Task<IActionResult> ChangePassword(ChangePasswordInput input)
    {
        if (!ModelState.IsValid)
        {
            return View(new ChangePasswordInput());
        }

        var user = await CurrentUserAsync();
        var result = await userManager.ChangePasswordAsync(user, input.CurrentPassword, input.NewPassword);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == "PasswordMismatch"))
            {
                ModelState.AddModelError(nameof(ChangePasswordInput.CurrentPassword), "Your current password is not right.");
            }
            else
            {
                ModelState.AddIdentityErrors(result, nameof(ChangePasswordInput.NewPassword));
            }

            return View(new ChangePasswordInput());
        }

        await signInManager.RefreshSignInAsync(user);
        TempData.Success("Your password is changed.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("authenticator")]
    public async Task<IActionResult> EnableAuthenticator() =>
        View(await SetupModelAsync(await CurrentUserAsync(), new EnableAuthenticatorInput()));

    [HttpPost("authenticator")]
    public async Task<IActionResult> EnableAuthenticator([Bind(Prefix = "Input")] EnableAuthenticatorInput input)
    {
        var user = await CurrentUserAsync();
        if (!ModelState.IsValid)
        {
            return View(await SetupModelAsync(user, new EnableAuthenticatorInput()));
        }

        var code = input.Code.Replace(" ", string.Empty, StringComparison.Ordinal);
        var valid = await userManager.VerifyTwoFactorTokenAsync(user, userManager.Options.Tokens.AuthenticatorTokenProvider, code);
        if (!valid)
        {
            ModelState.AddModelError("Input.Code", "That code is not right. Enter the code your app shows now.");
            return View(await SetupModelAsync(user, new EnableAuthenticatorInput()));
        }

        await userManager.SetTwoFactorEnabledAsync(user, true);
        var codes = await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? [];
        TempData[RecoveryCodesKey] = string.Join(',', codes);
        TempData.Success("Two-factor sign-in is on. Keep your recovery codes somewhere safe.");
        return RedirectToAction(nameof(RecoveryCodes));
    }

    [HttpGet("recovery-codes")]
    public IActionResult RecoveryCodes()
    {
        if (TempData[RecoveryCodesKey] is not string codes)
        {
            return RedirectToAction(nameof(Index));
        }

        return View(codes.Split(','));
    }

    [HttpPost("recovery-codes")]
    public async Task<IActionResult> GenerateRecoveryCodes()
    {
        var user = await CurrentUserAsync();
        if (!user.TwoFactorEnabled)
        {
            TempData.Error("Turn on two-factor sign-in before making recovery codes.");
            return RedirectToAction(nameof(Index));
        }

        var codes = await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? [];
        TempData[RecoveryCodesKey] = string.Join(',', codes);
        TempData.Success("New recovery codes made. The old ones no longer work.");
        return RedirectToAction(nameof(RecoveryCodes));
    }

    [HttpPost("two-factor/disable")]
    public async Task<IActionResult> DisableTwoFactor()
    {
        var user = await CurrentUserAsync();
        await userManager.SetTwoFactorEnabledAsync(user, false);
        await userManager.ResetAuthenticatorKeyAsync(user);
        await signInManager.RefreshSignInAsync(user);
        TempData.Success("Two-factor sign-in is off. You can turn it on again at any time.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("forget-browser")]
    public async Task<IActionResult> ForgetBrowser()
    {
        await signInManager.ForgetTwoFactorClientAsync();
        TempData.Success("This browser will ask for a code at the next sign-in.");
        return RedirectToAction(nameof(Index));
    }

    private async Task<ApplicationUser> CurrentUserAsync() =>
        await userManager.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found.");

    private async Task<AuthenticatorSetupViewModel> SetupModelAsync(ApplicationUser user, EnableAuthenticatorInput input)
    {
        var key = await userManager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await userManager.ResetAuthenticatorKeyAsync(user);
            key = await userManager.GetAuthenticatorKeyAsync(user);
        }

        var uri = string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/Matchmaker:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer=Matchmaker&digits=6");
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return new AuthenticatorSetupViewModel(Grouped(key!), $"data:image/png;base64,{Convert.ToBase64String(png)}", input);
    }

    private static string Grouped(string key)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            builder.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return builder.ToString().TrimEnd().ToLowerInvariant();
    }
}
