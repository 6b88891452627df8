using Matchmaker.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Matchmaker.Data.Configurations;

internal sealed class OrganizationIndustryConfiguration : IEntityTypeConfiguration<OrganizationIndustry>
{
    public void Configure(EntityTypeBuilder<OrganizationIndustry> builder) =>
        builder.HasKey(i => new { i.OrganizationId, i.Industry });
}
