using System.Net;
using Matchmaker.Web.Tests.Infrastructure;

namespace Matchmaker.Web.Tests.Account;

public sealed class SignInThrottleStatusTests(LowSignInLimitFactory factory) : IClassFixture<LowSignInLimitFactory>
{
    [Fact]
    public async Task A_burst_of_sign_in_posts_from_one_client_gets_429_past_the_limit()
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
        Assert.All(statuses.Skip(LowSignInLimitFactory.Limit), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
    }
}
