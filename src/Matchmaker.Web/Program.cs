using System.Globalization;
using System.Threading.RateLimiting;
using FluentValidation;
using FluentValidation.AspNetCore;
using Matchmaker.Data;
using Matchmaker.Data.Identity;
using Matchmaker.Web.Features;
using Matchmaker.Web.Infrastructure;
using Matchmaker.Web.Infrastructure.Email;
using Matchmaker.Web.Infrastructure.Health;
using Matchmaker.Web.Infrastructure.Security;
using Matchmaker.Web.Infrastructure.Time;
using Matchmaker.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Serilog;

// The portal serves U.S. partners: numbers, money and percentages read the U.S. way on any server.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.GetCultureInfo("en-US");
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("en-US");

var builder = WebApplication.CreateBuilder(args);
var paths = AppPaths.Resolve(builder.Configuration, builder.Environment);
builder.Services.AddSingleton(paths);
builder.AddMatchmakerLogging(paths);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddMatchmakerDatabase(builder.Configuration, paths.DataFolder);
builder.Services.AddMatchmakerSeeding();

// Identity: 12+ character passwords with no composition rules, common ones refused, lockout on failures.
var security = builder.Configuration.GetSection("Security");
builder.Services
    .AddIdentity<ApplicationUser, IdentityRole>(options =>
    {
        options.Password.RequiredLength = PasswordRules.MinimumLength;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 1;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = security.GetValue("LockoutAttempts", 5);
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(security.GetValue("LockoutMinutes", 15));
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
    })
    .AddEntityFrameworkStores<MatchmakerDbContext>()
    .AddDefaultTokenProviders()
    .AddPasswordValidator<CommonPasswordValidator>()
    .AddClaimsPrincipalFactory<MatchmakerClaimsPrincipalFactory>()
    .AddSignInManager<MatchmakerSignInManager>();
builder.Services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(24));
// Removed colleagues and changed roles lose their session within a minute.
builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
builder.Services.ConfigureApplicationCookie(options =>
{
    options.LoginPath = "/account/login";
    options.LogoutPath = "/account/logout";
    options.AccessDeniedPath = "/account/access-denied";
    options.Cookie.Name = "matchmaker.auth";
    options.Cookie.HttpOnly = true;
    options.Cookie.SameSite = SameSiteMode.Lax;
    options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    options.SlidingExpiration = true;
    options.ExpireTimeSpan = TimeSpan.FromHours(8);
});
builder.Services.AddAntiforgery(o => o.Cookie.Name = "matchmaker.csrf");

// Keys live in the shared database so every instance behind the load balancer reads the same cookies.
builder.Services.AddDataProtection()
    .PersistKeysToDbContext<MatchmakerDbContext>()
    .SetApplicationName("Matchmaker");

builder.Services.AddAuthorization(Policies.Configure);
builder.Services.AddScoped<IAuthorizationHandler, AuthorizedOrganizationHandler>();
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<UserTime>();
builder.Services.AddScoped<PublicUrls>();

builder.Services.AddControllersWithViews(options =>
{
    options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
    options.Filters.Add<DomainExceptionFilter>();
    // Required fields are the validators' job, so users get the product's message, not MVC's.
    options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
});
builder.Services.AddFluentValidationAutoValidation();
builder.Services.AddFluentValidationClientsideAdapters();
builder.Services.AddValidatorsFromAssemblyContaining<Program>();
ValidatorOptions.Global.LanguageManager.Enabled = false;

builder.Services.Configure<EmailOptions>(builder.Configuration.GetSection("Email"));
if (string.Equals(builder.Configuration["Email:Mode"], "Smtp", StringComparison.OrdinalIgnoreCase))
{
    builder.Services.AddSingleton<IEmailSender, SmtpEmailSender>();
}
else
{
    builder.Services.AddSingleton<IEmailSender, PickupFolderEmailSender>();
}

// A burst of sign-in attempts from one client is answered with 429 before Identity sees it.
var signInPermits = security.GetValue("SignInAttemptsPerMinute", 10);
builder.Services.AddRateLimiter(options =>
{
    options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
    options.AddPolicy(RateLimits.SignIn, context => RateLimitPartition.GetFixedWindowLimiter(
        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
        _ => new FixedWindowRateLimiterOptions { PermitLimit = signInPermits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
});

builder.Services.Configure<ForwardedHeadersOptions>(options =>
{
    options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
});

builder.Services.AddHealthChecks().AddDbContextCheck<MatchmakerDbContext>("database");
builder.Services.AddMatchmakerFeatures(builder.Configuration);

var app = builder.Build();

await DatabaseInitializer.InitializeAsync(
    app.Services, app.Configuration.GetValue("Database:SeedDemoData", true), app.Lifetime.ApplicationStopping);
await AdminBootstrap.RunAsync(app.Services, app.Configuration, app.Lifetime.ApplicationStopping);

if (app.Configuration.GetValue("App:BehindProxy", false))
{
    app.UseForwardedHeaders();
}

if (app.Environment.IsDevelopment())
{
    app.UseDeveloperExceptionPage();
}
else
{
    app.UseExceptionHandler("/error");
}

if (app.Environment.IsProduction())
{
    app.UseHsts();
    app.UseHttpsRedirection();
}

app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseSecurityHeaders();
app.UseStaticFiles();
app.UseSerilogRequestLogging();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();

app.MapHealthChecks("/health", HealthResponse.Options);
app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");

await app.RunAsync();

/// <summary>Entry point, visible to the integration tests.</summary>
public partial class Program;
