using System.Net;
using Matchmaker.Data.Identity;
using Matchmaker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Matchmaker.Web.Tests.Invitations.InvitationSteps;

namespace Matchmaker.Web.Tests.Invitations;

public sealed class InvitationTests(MatchmakerFactory factory) : IClassFixture<MatchmakerFactory>
{
    [Fact]
    public async Task An_invitation_link_makes_a_partner_user_of_the_inviting_organization_once_and_then_no_more()
    {
        using var dana = await factory.CreateSignedInBrowserAsync(Lakeshore);
        var email = NewColleagueEmail();
        var link = await InviteAsync(factory, dana, email);
        using var colleague = factory.CreateBrowser();
        var invitationPage = await colleague.GetPageAsync(link);
        Assert.Equal(HttpStatusCode.OK, invitationPage.Status);
        Assert.Contains("Join Lakeshore Dynamics Partners", invitationPage.Text, StringComparison.Ordinal);
        var acceptForm = invitationPage.Form("/invitations/accept")
            .Set("Input.DisplayName", "Jamie Colleague").Set("Input.Password", NewPartner.GoodPassword).Set("Input.ConfirmPassword", NewPartner.GoodPassword);

        using var accepted = await acceptForm.PostAsync(colleague);

        accepted.AssertRedirectsTo("/");
        var home = await colleague.GetPageAsync("/");
        Assert.Contains("Welcome, Jamie Colleague", home.Text, StringComparison.Ordinal);
        var (user, roles, organizationId, invitation) = await factory.InDatabaseAsync(async (db, services) =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            var roles = await services.GetRequiredService<UserManager<ApplicationUser>>().GetRolesAsync(user);
            var organizationId = await db.Organizations.Where(o => o.PartnerNumber == "4100217").Select(o => o.Id).SingleAsync();
            var invitation = await db.Invitations.SingleAsync(i => i.Email == email);
            return (user, roles, organizationId, invitation);
        });
        Assert.Equal(organizationId, user.OrganizationId);
        Assert.False(user.IsOrganizationAdmin);
        Assert.Equal([Roles.Partner], roles);
        Assert.Equal(user.Id, invitation.AcceptedByUserId);

        using var stranger = factory.CreateBrowser();
        var secondVisit = await stranger.GetPageAsync(link);
        Assert.Equal(HttpStatusCode.Gone, secondVisit.Status);
        Assert.Contains("This invitation has already been used.", secondVisit.Text, StringComparison.Ordinal);
        using var replay = await stranger.PostWithTokenAsync("/invitations/accept", [.. acceptForm.Fields
            .Where(f => f.Key.StartsWith("Input.", StringComparison.Ordinal)).Select(f => (f.Key, f.Value))]);
        Assert.Equal(HttpStatusCode.Gone, replay.StatusCode);
        Assert.Equal(1, await factory.InDatabaseAsync(db => db.Users.CountAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task A_made_up_invitation_token_is_refused_with_410()
    {
        using var browser = factory.CreateBrowser();

        var page = await browser.GetPageAsync("/invitations/accept?token=not-a-real-token");

        Assert.Equal(HttpStatusCode.Gone, page.Status);
        Assert.Contains("This invitation link is not valid.", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_organizations_admin_cannot_revoke_the_invitation_but_its_own_admin_can()
    {
        using var dana = await factory.CreateSignedInBrowserAsync(Lakeshore);
        var email = NewColleagueEmail();
        var link = await InviteAsync(factory, dana, email);
        var id = await factory.InDatabaseAsync(db => db.Invitations.Where(i => i.Email == email).Select(i => i.Id).SingleAsync());
        using var priya = await factory.CreateSignedInBrowserAsync("priya@cascadecloud.example");

        using var forged = await priya.PostWithTokenAsync($"/organization/invitations/{id}/revoke");

        // The action answers 404; the status-code page re-executes a POST against the GET-only /error route, which turns it into 405.
        Assert.InRange((int)forged.StatusCode, 400, 499);
        Assert.Null(await factory.InDatabaseAsync(db => db.Invitations.Where(i => i.Id == id).Select(i => i.RevokedAtUtc).SingleAsync()));
        using var stillValid = await factory.CreateBrowser().GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, stillValid.StatusCode);

        using var revoked = await dana.SubmitFormAsync("/organization", $"/organization/invitations/{id}/revoke");

        revoked.AssertRedirectsTo("/organization");
        var page = await factory.CreateBrowser().GetPageAsync(link);
        Assert.Equal(HttpStatusCode.Gone, page.Status);
        Assert.Contains("This invitation was withdrawn by the organization.", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_invitation_to_the_same_address_replaces_the_earlier_link()
    {
        using var dana = await factory.CreateSignedInBrowserAsync(Lakeshore);
        var email = NewColleagueEmail();
        var first = await InviteAsync(factory, dana, email);

        var second = await InviteAsync(factory, dana, email);

        Assert.NotEqual(first, second);
        using var firstVisit = await factory.CreateBrowser().GetAsync(first);
        using var secondVisit = await factory.CreateBrowser().GetAsync(second);
        Assert.Equal(HttpStatusCode.Gone, firstVisit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondVisit.StatusCode);
    }

    [Fact]
    public async Task Inviting_someone_who_already_has_an_account_is_refused_beside_the_field()
    {
        using var dana = await factory.CreateSignedInBrowserAsync(Lakeshore);
        var sentBefore = factory.Emails.Sent.Count;

        using var response = await dana.SubmitFormAsync("/organization", "/organization/invitations", ("Invite.Email", "priya@cascadecloud.example"));

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("This person already has a Matchmaker account.", page.FieldError("Invite.Email"));
        Assert.Equal(sentBefore, factory.Emails.Sent.Count);
    }

    [Fact]
    public async Task A_colleague_who_is_not_the_organization_admin_cannot_invite()
    {
        using var sam = await factory.CreateSignedInBrowserAsync("sam@lakeshore.example");

        using var response = await sam.PostWithTokenAsync("/organization/invitations", ("Invite.Email", NewColleagueEmail()));

        response.AssertAccessDenied();
    }

    [Fact]
    public async Task A_removed_colleague_can_no_longer_sign_in_and_loses_the_open_session()
    {
        const string removedEmail = "elena@lonestarerp.example";
        using var elena = await factory.CreateSignedInBrowserAsync(removedEmail);
        using var marcus = await factory.CreateSignedInBrowserAsync("marcus@lonestarerp.example");
        var elenaId = await factory.InDatabaseAsync(db => db.Users.Where(u => u.Email == removedEmail).Select(u => u.Id).SingleAsync());

        using var removed = await marcus.SubmitFormAsync("/organization", $"/organization/members/{elenaId}/remove");

        removed.AssertRedirectsTo("/organization");
        Assert.NotNull(await factory.InDatabaseAsync(db => db.Users.Where(u => u.Id == elenaId).Select(u => u.DeactivatedAtUtc).SingleAsync()));
        using var again = factory.CreateBrowser();
        using var signIn = await again.TrySignInAsync(removedEmail);
        var page = await HtmlPage.ReadAsync(signIn);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("This account can no longer sign in.", page.Text, StringComparison.Ordinal);

        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        using var oldSession = await elena.GetAsync("/organization");
        oldSession.AssertRedirectsTo("/account/login");
    }
}
