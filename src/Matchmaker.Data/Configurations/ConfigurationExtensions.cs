using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Matchmaker.Data.Configurations;

internal static class ConfigurationExtensions
{
    /// <summary>Adds the application-managed optimistic concurrency token.</summary>
    public static void HasVersion<T>(this EntityTypeBuilder<T> builder)
        where T : class =>
        builder.Property<Guid>(MatchmakerDbContext.VersionProperty).IsConcurrencyToken();
}
