using Matchmaker.Domain.Organizations;

namespace Matchmaker.Domain.Tests.Builders;

/// <summary>Brings a freshly registered organization into a given status through the legal path.</summary>
public static class OrganizationStates
{
    public const string AdminId = "admin-1";

    public static PartnerOrganization In(OrganizationStatus status)
    {
        var organization = new RegistrationBuilder().Register();
        var at = RegistrationBuilder.Now.AddHours(1);
        switch (status)
        {
            case OrganizationStatus.Authorized:
                organization.Authorize(AdminId, at);
                break;
            case OrganizationStatus.Rejected:
                organization.Reject("Partner ID not found in the partner network", AdminId, at);
                break;
            case OrganizationStatus.Suspended:
                organization.Authorize(AdminId, at);
                organization.Suspend("Complaint under review", AdminId, at.AddHours(1));
                break;
        }

        Assert.Equal(status, organization.Status);
        return organization;
    }
}
