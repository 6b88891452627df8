using Matchmaker.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Matchmaker.Data.Configurations;

internal sealed class OrganizationStatusChangeConfiguration : IEntityTypeConfiguration<OrganizationStatusChange>
{
    public void Configure(EntityTypeBuilder<OrganizationStatusChange> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Reason).HasMaxLength(500);
        builder.Property(c => c.ChangedByUserId).HasMaxLength(450);
        builder.HasIndex(c => new { c.OrganizationId, c.ChangedAtUtc });
    }
}
