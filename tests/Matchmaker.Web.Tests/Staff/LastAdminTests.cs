using System.Net;
using Matchmaker.Data.Identity;
using Matchmaker.Data.Seeding;
using Matchmaker.Web.Features.Staff;
using Matchmaker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Web.Tests.Staff;

public sealed class LastAdminTests(MatchmakerFactory factory) : IClassFixture<MatchmakerFactory>
{
    [Fact]
    public async Task With_two_admins_one_can_be_demoted_but_the_last_admin_keeps_the_role()
    {
        await MakeBothAdminsAsync();
        var (adminId, financeId) = await IdsAsync();
        using var admin = await factory.CreateSignedInBrowserAsync(DemoAccounts.Admin);

        using var first = await admin.SubmitFormAsync("/admin/staff", $"/admin/staff/{financeId}/revoke");

        first.AssertRedirectsTo("/admin/staff");
        Assert.Contains("Jamie Chen no longer has the Admin role.", (await admin.GetPageAsync("/admin/staff")).Text, StringComparison.Ordinal);
        Assert.Equal([DemoAccounts.Admin], await AdminEmailsAsync());

        using var last = await admin.SubmitFormAsync("/admin/staff", $"/admin/staff/{adminId}/revoke");

        last.AssertRedirectsTo("/admin/staff");
        var page = await admin.GetPageAsync("/admin/staff");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(StaffService.LastAdminMessage, page.Text, StringComparison.Ordinal);
        Assert.Equal([DemoAccounts.Admin], await AdminEmailsAsync());
    }

    [Fact]
    public async Task Two_admins_demoting_each_other_at_the_same_moment_always_leave_one_admin()
    {
        const int rounds = 4;
        for (var round = 0; round < rounds; round++)
        {
            await MakeBothAdminsAsync();
            var (adminId, financeId) = await IdsAsync();
            using var admin = await factory.CreateSignedInBrowserAsync(DemoAccounts.Admin);
            using var finance = await factory.CreateSignedInBrowserAsync(DemoAccounts.SecondAdmin);
            var adminForm = (await admin.GetPageAsync("/admin/staff")).Form($"/admin/staff/{financeId}/revoke");
            var financeForm = (await finance.GetPageAsync("/admin/staff")).Form($"/admin/staff/{adminId}/revoke");

            var responses = await Task.WhenAll(
                Task.Run(() => adminForm.PostAsync(admin)),
                Task.Run(() => financeForm.PostAsync(finance)));

            Assert.All(responses, r => r.AssertRedirectsTo("/admin/staff"));
            foreach (var response in responses)
            {
                response.Dispose();
            }

            var remaining = await AdminEmailsAsync();
            Assert.Single(remaining);
        }
    }

    [Fact]
    public async Task Revoking_a_role_that_is_not_a_staff_role_is_refused()
    {
        await MakeBothAdminsAsync();
        var (_, financeId) = await IdsAsync();
        using var admin = await factory.CreateSignedInBrowserAsync(DemoAccounts.Admin);

        using var response = await admin.PostWithTokenAsync($"/admin/staff/{financeId}/grant", ("Role", Roles.Partner));

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.DoesNotContain(Roles.Partner, await RolesOfAsync(DemoAccounts.SecondAdmin));
    }

    [Fact]
    public async Task A_partner_user_cannot_be_given_a_staff_role()
    {
        var samId = await factory.InDatabaseAsync(db => db.Users.Where(u => u.Email == "sam@lakeshore.example").Select(u => u.Id).SingleAsync());
        using var admin = await factory.CreateSignedInBrowserAsync(DemoAccounts.Admin);

        using var response = await admin.PostWithTokenAsync($"/admin/staff/{samId}/grant", ("Role", Roles.Admin));

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.DoesNotContain(Roles.Admin, await RolesOfAsync("sam@lakeshore.example"));
    }

    private async Task MakeBothAdminsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        foreach (var email in new[] { DemoAccounts.Admin, DemoAccounts.SecondAdmin })
        {
            var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException(email);
            if (!await users.IsInRoleAsync(user, Roles.Admin))
            {
                await users.AddToRoleAsync(user, Roles.Admin);
            }
        }
    }

    private Task<(string AdminId, string FinanceId)> IdsAsync() =>
        factory.InDatabaseAsync(async db => (
            await db.Users.Where(u => u.Email == DemoAccounts.Admin).Select(u => u.Id).SingleAsync(),
            await db.Users.Where(u => u.Email == DemoAccounts.SecondAdmin).Select(u => u.Id).SingleAsync()));

    private Task<List<string>> AdminEmailsAsync() =>
        factory.InDatabaseAsync(db => (
            from userRole in db.UserRoles
            join role in db.Roles on userRole.RoleId equals role.Id
            join user in db.Users on userRole.UserId equals user.Id
            where role.Name == Roles.Admin
            orderby user.Email
            select user.Email!).ToListAsync());

    private async Task<IList<string>> RolesOfAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.GetRolesAsync((await users.FindByEmailAsync(email))!);
    }
}
