using System.Text;
using Matchmaker.Data.Identity;
using Matchmaker.Web.Infrastructure.Email;
using Matchmaker.Web.Infrastructure.Security;
using Matchmaker.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;

namespace Matchmaker.Web.Features.Account;

[Route("account")]
public sealed class AccountController(
    SignInManager<ApplicationUser> signInManager,
    UserManager<ApplicationUser> userManager,
    IEmailSender emailSender,
    PublicUrls urls,
    ILogger<AccountController> logger) : Controller
{
    private const string WrongCredentials = "The email or password is not right. Check them and try again.";

    [HttpGet("login"), AllowAnonymous]
    public IActionResult Login(string? returnUrl) =>
        User.Identity?.IsAuthenticated == true
            ? LocalRedirect(SafeReturnUrl(returnUrl))
            : View(new LoginInput { ReturnUrl = returnUrl });

    [HttpPost("login"), AllowAnonymous, EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> Login(LoginInput input)
    {
        if (!ModelState.IsValid)
        {
            return View(input with { Password = string.Empty });
        }

        var user = await userManager.FindByEmailAsync(input.Email.Trim());
        if (user is null)
        {
            ModelState.AddModelError(string.Empty, WrongCredentials);
            return View(input with { Password = string.Empty });
        }

        var result = await signInManager.PasswordSignInAsync(user, input.Password, input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("User {UserId} signed in", user.Id);
            return LocalRedirect(SafeReturnUrl(input.ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToAction(nameof(LoginWithTwoFactor), new { returnUrl = input.ReturnUrl, rememberMe = input.RememberMe });
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("User {UserId} locked out after repeated failures", user.Id);
            return RedirectToAction(nameof(Lockout));
        }

        ModelState.AddModelError(string.Empty, result.IsNotAllowed
            ? "This account can no longer sign in. Ask your organization's admin if you think this is a mistake."
            : WrongCredentials);
        return View(input with { Password = string.Empty });
    }

    [HttpGet("two-factor"), AllowAnonymous]
    public async Task<IActionResult> LoginWithTwoFactor(string? returnUrl, bool rememberMe)
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(Login), new { returnUrl });
        }

        return View(new TwoFactorInput { ReturnUrl = returnUrl, RememberMe = rememberMe });
    }

    [HttpPost("two-factor"), AllowAnonymous, EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> LoginWithTwoFactor(TwoFactorInput input)
    {
        if (!ModelState.IsValid)
        {
            return View(input with { Code = string.Empty });
        }

        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(Login), new { returnUrl = input.ReturnUrl });
        }

        var code = input.Code.Replace(" ", string.Empty, StringComparison.Ordinal);
        var result = await signInManager.TwoFactorAuthenticatorSignInAsync(code, input.RememberMe, input.RememberMachine);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl(input.ReturnUrl));
        }

        if (result.IsLockedOut)
        {
            return RedirectToAction(nameof(Lockout));
        }

        ModelState.AddModelError(nameof(TwoFactorInput.Code), "That code is not right or has expired. Enter the code your app shows now.");
        return View(input with { Code = string.Empty });
    }

    [HttpGet("recovery-code"), AllowAnonymous]
    public async Task<IActionResult> LoginWithRecoveryCode(string? returnUrl)
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(Login), new { returnUrl });
        }

        return View(new RecoveryCodeInput { ReturnUrl = returnUrl });
    }

    [HttpPost("recovery-code"), AllowAnonymous, EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> LoginWithRecoveryCode(RecoveryCodeInput input)
    {
        if (!ModelState.IsValid)
        {
            return View(input with { Code = string.Empty });
        }

        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(Login), new { returnUrl = input.ReturnUrl });
        }

        var result = await signInManager.TwoFactorRecoveryCodeSignInAsync(input.Code.Replace(" ", string.Empty, StringComparison.Ordinal));
        if (result.Succeeded)
        {
            TempData.Success("Signed in with a recovery code. That code cannot be used again.");
            return LocalRedirect(SafeReturnUrl(input.ReturnUrl));
        }

        if (result.IsLockedOut)
        {
            return RedirectToAction(nameof(Lockout));
        }

        ModelState.AddModelError(nameof(RecoveryCodeInput.Code), "That recovery code is not right or was already used.");
        return View(input with { Code = string.Empty });
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await signInManager.SignOutAsync();
        TempData.Success("You have signed out.");
        return RedirectToAction("Index", "Home");
    }

    [HttpGet("locked"), AllowAnonymous]
    public IActionResult Lockout() => View();

    [HttpGet("access-denied"), AllowAnonymous]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    [HttpGet("forgot-password"), AllowAnonymous]
    public IActionResult ForgotPassword() => View(new ForgotPasswordInput());

    [HttpPost("forgot-password"), AllowAnonymous, EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        // The answer is the same whether or not the account exists, so the page reveals no accounts.
        var user = await userManager.FindByEmailAsync(input.Email.Trim());
        if (user is { DeactivatedAtUtc: null, Email: not null })
        {
            var token = await userManager.GeneratePasswordResetTokenAsync(user);
            var link = ResetLink(user.Email, token);
            await emailSender.SendAsync(EmailTemplates.PasswordReset(user.Email, link), cancellationToken);
        }

        return RedirectToAction(nameof(ForgotPasswordSent));
    }

    [HttpGet("forgot-password/sent"), AllowAnonymous]
    public IActionResult ForgotPasswordSent() => View();

    [HttpGet("reset-password"), AllowAnonymous]
    public IActionResult ResetPassword(string? email, string? token) =>
        string.IsNullOrEmpty(token)
            ? View("ResetLinkInvalid")
            : View(new ResetPasswordInput { Email = email ?? string.Empty, Token = token });

    [HttpPost("reset-password"), AllowAnonymous, EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> ResetPassword(ResetPasswordInput input)
    {
        if (!ModelState.IsValid)
        {
            return View(input with { Password = string.Empty, ConfirmPassword = string.Empty });
        }

        var user = await userManager.FindByEmailAsync(input.Email.Trim());
        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(input.Token));
        }
        catch (FormatException)
        {
            return View("ResetLinkInvalid");
        }

        if (user is null || user.DeactivatedAtUtc is not null)
        {
            return View("ResetLinkInvalid");
        }

        var result = await userManager.ResetPasswordAsync(user, token, input.Password);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == "InvalidToken"))
            {
                return View("ResetLinkInvalid");
            }

            ModelState.AddIdentityErrors(result, nameof(ResetPasswordInput.Password));
            return View(input with { Password = string.Empty, ConfirmPassword = string.Empty });
        }

        if (!user.EmailConfirmed)
        {
            // The link reached the inbox, which proves the address.
            user.EmailConfirmed = true;
            await userManager.UpdateAsync(user);
        }

        await userManager.ResetAccessFailedCountAsync(user);
        TempData.Success("Your password is set. Sign in with it now.");
        return RedirectToAction(nameof(Login));
    }

    private string ResetLink(string email, string token) =>
        urls.Absolute(Url.Action(nameof(ResetPassword), "Account", new { email, token = ResetTokens.Encode(token) })!);

    private string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
