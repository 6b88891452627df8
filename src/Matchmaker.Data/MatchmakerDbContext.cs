using Matchmaker.Data.Identity;
using Matchmaker.Domain.Catalog;
using Matchmaker.Domain.Organizations;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Matchmaker.Data;

/// <summary>
/// The one context of the application: Identity, data-protection keys (shared by every web
/// instance) and the domain.
/// </summary>
public sealed class MatchmakerDbContext(DbContextOptions<MatchmakerDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    /// <summary>Name of the application-managed concurrency token every aggregate carries.</summary>
    public const string VersionProperty = "Version";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<PartnerOrganization> Organizations => Set<PartnerOrganization>();

    public DbSet<OrganizationStatusChange> OrganizationStatusChanges => Set<OrganizationStatusChange>();

    public DbSet<ProductArea> ProductAreas => Set<ProductArea>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MatchmakerDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime is UTC in the database and comes back marked as UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<OrganizationStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Industry>().HaveConversion<string>().HaveMaxLength(32);
    }

    /// <summary>
    /// SQLite cannot generate a row version, so the application writes a fresh token on every
    /// change; the original value goes into the UPDATE's WHERE clause on both providers.
    /// </summary>
    private void StampVersions()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            var version = entry.Metadata.FindProperty(VersionProperty);
            if (version is not null)
            {
                entry.Property(VersionProperty).CurrentValue = Guid.NewGuid();
            }
        }
    }
}
