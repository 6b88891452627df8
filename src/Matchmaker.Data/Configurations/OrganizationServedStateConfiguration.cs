using Matchmaker.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Matchmaker.Data.Configurations;

internal sealed class OrganizationServedStateConfiguration : IEntityTypeConfiguration<OrganizationServedState>
{
    public void Configure(EntityTypeBuilder<OrganizationServedState> builder)
    {
        builder.HasKey(s => new { s.OrganizationId, s.State });
        builder.Property(s => s.State).HasMaxLength(2);
        // Matching looks organizations up by the customer's state.
        builder.HasIndex(s => new { s.State, s.OrganizationId });
    }
}
