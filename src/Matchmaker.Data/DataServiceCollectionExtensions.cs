using Matchmaker.Data.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Data;

public static class DataServiceCollectionExtensions
{
    public static IServiceCollection AddMatchmakerSeeding(this IServiceCollection services)
    {
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<DemoDataSeeder>();
        return services;
    }
}
