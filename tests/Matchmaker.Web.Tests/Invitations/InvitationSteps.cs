using Matchmaker.Web.Tests.Infrastructure;

namespace Matchmaker.Web.Tests.Invitations;

/// <summary>What an organization admin and an invited colleague do, step by step.</summary>
public static class InvitationSteps
{
    public const string Lakeshore = "dana@lakeshore.example";

    public static string NewColleagueEmail() => $"colleague.{Guid.NewGuid():N}@lakeshore.example";

    /// <summary>The admin invites <paramref name="email"/>; returns the link from the email that was sent.</summary>
    public static async Task<string> InviteAsync(MatchmakerFactory factory, HttpClient admin, string email)
    {
        using var response = await admin.SubmitFormAsync("/organization", "/organization/invitations", ("Invite.Email", email));
        response.AssertRedirectsTo("/organization");
        return factory.Emails.LatestLinkTo(email);
    }

    public static async Task<HttpResponseMessage> AcceptAsync(HttpClient browser, string link, string name = "Jamie Colleague") =>
        await browser.SubmitFormAsync(link, "/invitations/accept",
            ("Input.DisplayName", name), ("Input.Password", NewPartner.GoodPassword), ("Input.ConfirmPassword", NewPartner.GoodPassword));
}
