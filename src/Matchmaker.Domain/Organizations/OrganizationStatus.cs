namespace Matchmaker.Domain.Organizations;

public enum OrganizationStatus
{
    PendingVerification,
    Authorized,
    Rejected,
    Suspended,
}
