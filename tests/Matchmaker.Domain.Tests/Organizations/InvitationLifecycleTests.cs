using Matchmaker.Domain.Common;
using Matchmaker.Domain.Organizations;

namespace Matchmaker.Domain.Tests.Organizations;

public sealed class InvitationLifecycleTests
{
    private static readonly DateTime Sent = new(2026, 4, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_new_invitation_expires_seven_days_after_it_was_sent_and_keeps_only_the_token_hash()
    {
        var invitation = Invite();

        Assert.Equal(Sent, invitation.CreatedAtUtc);
        Assert.Equal(Sent.AddDays(7), invitation.ExpiresAtUtc);
        Assert.Equal("Sam.Rivera@Lakeshore.example", invitation.Email);
        Assert.Equal("SAM.RIVERA@LAKESHORE.EXAMPLE", invitation.NormalizedEmail);
        Assert.Equal("HASH-OF-TOKEN", invitation.TokenHash);
        Assert.True(invitation.IsUsable(Sent));
    }

    [Fact]
    public void An_invitation_is_accepted_once_and_records_who_and_when()
    {
        var invitation = Invite();

        invitation.Accept("user-42", Sent.AddDays(1));

        Assert.Equal(Sent.AddDays(1), invitation.AcceptedAtUtc);
        Assert.Equal("user-42", invitation.AcceptedByUserId);
        Assert.False(invitation.IsUsable(Sent.AddDays(1)));
    }

    [Fact]
    public void An_accepted_invitation_cannot_be_accepted_again()
    {
        var invitation = Invite();
        invitation.Accept("user-42", Sent.AddDays(1));

        var refused = Assert.Throws<DomainException>(() => invitation.Accept("user-43", Sent.AddDays(2)));

        Assert.Equal("This invitation has already been used.", refused.Message);
        Assert.Equal("user-42", invitation.AcceptedByUserId);
    }

    [Fact]
    public void An_invitation_works_until_just_before_it_expires()
    {
        var invitation = Invite();

        invitation.Accept("user-42", Sent.AddDays(7).AddTicks(-1));

        Assert.Equal("user-42", invitation.AcceptedByUserId);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(365)]
    public void An_expired_invitation_is_refused(int daysLater)
    {
        var invitation = Invite();

        var refused = Assert.Throws<DomainException>(() => invitation.Accept("user-42", Sent.AddDays(daysLater)));

        Assert.StartsWith("This invitation has expired.", refused.Message, StringComparison.Ordinal);
        Assert.Null(invitation.AcceptedAtUtc);
        Assert.False(invitation.IsUsable(Sent.AddDays(daysLater)));
    }

    [Fact]
    public void A_revoked_invitation_is_refused()
    {
        var invitation = Invite();
        invitation.Revoke(Sent.AddHours(1));

        var refused = Assert.Throws<DomainException>(() => invitation.Accept("user-42", Sent.AddHours(2)));

        Assert.Equal("This invitation was withdrawn by the organization.", refused.Message);
        Assert.False(invitation.IsUsable(Sent.AddHours(2)));
    }

    [Fact]
    public void Revoking_twice_keeps_the_first_revocation_time()
    {
        var invitation = Invite();

        invitation.Revoke(Sent.AddHours(1));
        invitation.Revoke(Sent.AddHours(5));

        Assert.Equal(Sent.AddHours(1), invitation.RevokedAtUtc);
    }

    [Fact]
    public void An_accepted_invitation_cannot_be_revoked()
    {
        var invitation = Invite();
        invitation.Accept("user-42", Sent.AddDays(1));

        var refused = Assert.Throws<DomainException>(() => invitation.Revoke(Sent.AddDays(2)));

        Assert.Equal("This invitation has already been used.", refused.Message);
        Assert.Null(invitation.RevokedAtUtc);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void An_invitation_needs_an_email(string email)
    {
        var refused = Assert.Throws<DomainException>(() => Invitation.Create(7, email, "HASH", "admin-9", Sent));

        Assert.Equal("Email is required.", refused.Message);
    }

    private static Invitation Invite() =>
        Invitation.Create(7, "  Sam.Rivera@Lakeshore.example ", "HASH-OF-TOKEN", "org-admin-1", Sent);
}
