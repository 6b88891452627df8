using Matchmaker.Web.Features.AdminOrganizations;
using Matchmaker.Web.Features.Bounties;
using Matchmaker.Web.Features.Settings;
using Matchmaker.Web.Features.Directory;
using Matchmaker.Web.Features.Home;
using Matchmaker.Web.Features.Invitations;
using Matchmaker.Web.Features.Leads;
using Matchmaker.Web.Features.Network;
using Matchmaker.Web.Features.Offers;
using Matchmaker.Web.Features.Organization;
using Matchmaker.Web.Features.Queue;
using Matchmaker.Web.Features.Registration;
using Matchmaker.Web.Features.Staff;

namespace Matchmaker.Web.Features;

public static class FeatureServiceCollectionExtensions
{
    public static IServiceCollection AddMatchmakerFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<HomeService>();
        services.AddScoped<RegistrationService>();
        services.AddScoped<OrganizationService>();
        services.AddScoped<InvitationService>();
        services.AddScoped<AdminOrganizationService>();
        services.AddScoped<StaffService>();
        services.AddScoped<DirectoryService>();
        services.AddScoped<NetworkService>();
        services.AddScoped<LeadNotifications>();
        services.AddScoped<LeadService>();
        services.AddScoped<OfferService>();
        services.AddScoped<ReferralExpiry>();
        services.AddScoped<PartnerMatcher>();
        services.AddScoped<QueueService>();
        services.AddScoped<BountyService>();
        services.AddScoped<SettingsService>();
        if (configuration.GetValue("Leads:RunExpiryJob", true))
        {
            services.AddHostedService<ReferralExpiryService>();
        }

        return services;
    }
}
