using Matchmaker.Data.Identity;
using Matchmaker.Data.Seeding;
using Matchmaker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Web.Tests.Staff;

public sealed class StaffAdditionTests(MatchmakerFactory factory) : IClassFixture<MatchmakerFactory>
{
    [Fact]
    public async Task An_admin_adds_an_account_manager_who_sets_a_password_from_the_emailed_link()
    {
        const string email = "new.am@matchmaker.test";
        using var admin = await factory.CreateSignedInBrowserAsync(DemoAccounts.Admin);
        var form = (await admin.GetPageAsync("/admin/staff")).Form("/admin/staff")
            .Set("Add.DisplayName", "Casey Novak").Set("Add.Email", email).Set("Add.Roles", Roles.AccountManager);

        using var added = await form.PostAsync(admin);

        added.AssertRedirectsTo("/admin/staff");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            Assert.Equal([Roles.AccountManager], await users.GetRolesAsync((await users.FindByEmailAsync(email))!));
        }

        using var newcomer = factory.CreateBrowser();
        var link = factory.Emails.LatestLinkTo(email);
        (await newcomer.SubmitFormAsync(link, "/account/reset-password",
            ("Password", NewPartner.GoodPassword), ("ConfirmPassword", NewPartner.GoodPassword))).AssertRedirectsTo("/account/login");
        await newcomer.SignInAsync(email, NewPartner.GoodPassword);
    }
}
