namespace Matchmaker.Web.Features.Invitations;

public sealed record InvitationViewModel(string OrganizationName, string Email, DateTime ExpiresUtc, AcceptInvitationInput Input);
