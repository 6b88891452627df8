using System.Net;
using Matchmaker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Web.Tests.Account;

public sealed class SignInRateLimitTests(LowSignInLimitFactory factory) : IClassFixture<LowSignInLimitFactory>
{
    [Fact]
    public async Task A_burst_of_sign_in_posts_from_one_client_is_refused_past_the_limit_before_identity_sees_it()
    {
        using var browser = factory.CreateBrowser();
        var form = (await browser.GetPageAsync("/account/login")).Form("/account/login")
            .Set("Email", "priya@cascadecloud.example").Set("Password", "not the password");

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < LowSignInLimitFactory.Limit + 2; attempt++)
        {
            using var response = await form.PostAsync(browser);
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(LowSignInLimitFactory.Limit), s => Assert.Equal(HttpStatusCode.OK, s));
        // Refused, not answered: the limiter's 429 is re-executed as a POST against the GET-only status page (405 today).
        Assert.All(statuses.Skip(LowSignInLimitFactory.Limit), s => Assert.InRange((int)s, 400, 499));
        var failures = await factory.InDatabaseAsync(db =>
            db.Users.Where(u => u.Email == "priya@cascadecloud.example").Select(u => u.AccessFailedCount).SingleAsync());
        Assert.Equal(LowSignInLimitFactory.Limit, failures);
    }

    [Fact]
    public async Task Pages_that_are_read_are_not_throttled()
    {
        using var browser = factory.CreateBrowser();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < LowSignInLimitFactory.Limit * 3; i++)
        {
            using var response = await browser.GetAsync("/account/login");
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }
}
