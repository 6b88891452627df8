using Matchmaker.Data.Identity;
using Matchmaker.Domain.Bounties;
using Matchmaker.Domain.Catalog;
using Matchmaker.Domain.Leads;
using Matchmaker.Domain.Network;
using Matchmaker.Domain.Settings;
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

    public DbSet<OrganizationRelationship> Relationships => Set<OrganizationRelationship>();

    public DbSet<Lead> Leads => Set<Lead>();

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<LeadEvent> LeadEvents => Set<LeadEvent>();

    public DbSet<LeadAccess> LeadAccessLog => Set<LeadAccess>();

    public DbSet<ProgramSettings> ProgramSettings => Set<ProgramSettings>();

    public DbSet<SettingChange> SettingChanges => Set<SettingChange>();

    public DbSet<Bounty> Bounties => Set<Bounty>();

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
        configurationBuilder.Properties<LeadStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<LeadRoute>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ReferralStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<SalesStage>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Timeframe>().HaveConversion<string>().HaveMaxLength(24);
        configurationBuilder.Properties<CompanySize>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<OutcomeReason>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<LeadAction>().HaveConversion<string>().HaveMaxLength(24);
        configurationBuilder.Properties<AccessLevel>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<QueueRejectionReason>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<BountyStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<BountyRejectionReason>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<RelationshipKind>().HaveConversion<string>().HaveMaxLength(16);
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
