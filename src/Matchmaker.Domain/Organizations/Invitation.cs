using Matchmaker.Domain.Common;

namespace Matchmaker.Domain.Organizations;

/// <summary>
/// A one-time invitation for a colleague to join an organization. Only a hash of the secret token
/// is stored; the token itself travels in the emailed link.
/// </summary>
public sealed class Invitation
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private Invitation()
    {
        Email = string.Empty;
        NormalizedEmail = string.Empty;
        TokenHash = string.Empty;
        InvitedByUserId = string.Empty;
    }

    public int Id { get; private set; }

    public int OrganizationId { get; private set; }

    public string Email { get; private set; }

    public string NormalizedEmail { get; private set; }

    public string TokenHash { get; private set; }

    public string InvitedByUserId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    public DateTime? AcceptedAtUtc { get; private set; }

    public string? AcceptedByUserId { get; private set; }

    public DateTime? RevokedAtUtc { get; private set; }

    public static Invitation Create(int organizationId, string email, string tokenHash, string invitedByUserId, DateTime nowUtc)
    {
        var trimmed = Guard.Required(email, "Email", 256);
        return new Invitation
        {
            OrganizationId = organizationId,
            Email = trimmed,
            NormalizedEmail = trimmed.ToUpperInvariant(),
            TokenHash = Guard.Required(tokenHash, "Token", 128),
            InvitedByUserId = invitedByUserId,
            CreatedAtUtc = nowUtc,
            ExpiresAtUtc = nowUtc + Lifetime,
        };
    }

    public bool IsUsable(DateTime nowUtc) => AcceptedAtUtc is null && RevokedAtUtc is null && nowUtc < ExpiresAtUtc;

    public void Accept(string userId, DateTime nowUtc)
    {
        EnsureUsable(nowUtc);
        AcceptedAtUtc = nowUtc;
        AcceptedByUserId = userId;
    }

    public void Revoke(DateTime nowUtc)
    {
        if (AcceptedAtUtc is not null)
        {
            throw new DomainException("This invitation has already been used.");
        }

        RevokedAtUtc ??= nowUtc;
    }

    public void EnsureUsable(DateTime nowUtc)
    {
        if (AcceptedAtUtc is not null)
        {
            throw new DomainException("This invitation has already been used.");
        }

        if (RevokedAtUtc is not null)
        {
            throw new DomainException("This invitation was withdrawn by the organization.");
        }

        if (nowUtc >= ExpiresAtUtc)
        {
            throw new DomainException("This invitation has expired. Ask your organization's admin for a new one.");
        }
    }
}
