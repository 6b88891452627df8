using System.Net;
using Matchmaker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Matchmaker.Web.Tests.Invitations.InvitationSteps;

namespace Matchmaker.Web.Tests.Invitations;

/// <summary>Moves the application's clock forward, so it has an application of its own.</summary>
public sealed class InvitationExpiryTests(MatchmakerFactory factory) : IClassFixture<MatchmakerFactory>
{
    [Fact]
    public async Task An_invitation_used_eight_days_after_it_was_sent_is_refused_as_expired()
    {
        using var dana = await factory.CreateSignedInBrowserAsync(Lakeshore);
        var email = NewColleagueEmail();
        var link = await InviteAsync(factory, dana, email);
        using var colleague = factory.CreateBrowser();
        var acceptForm = (await colleague.GetPageAsync(link)).Form("/invitations/accept")
            .Set("Input.DisplayName", "Late Colleague").Set("Input.Password", NewPartner.GoodPassword).Set("Input.ConfirmPassword", NewPartner.GoodPassword);

        factory.Clock.Advance(TimeSpan.FromDays(8));

        var page = await colleague.GetPageAsync(link);
        Assert.Equal(HttpStatusCode.Gone, page.Status);
        Assert.Contains("This invitation has expired.", page.Text, StringComparison.Ordinal);
        using var late = await acceptForm.PostAsync(colleague);
        Assert.Equal(HttpStatusCode.Gone, late.StatusCode);
        Assert.False(await factory.InDatabaseAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }
}
