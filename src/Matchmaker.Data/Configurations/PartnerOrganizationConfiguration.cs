using Matchmaker.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Matchmaker.Data.Configurations;

internal sealed class PartnerOrganizationConfiguration : IEntityTypeConfiguration<PartnerOrganization>
{
    public void Configure(EntityTypeBuilder<PartnerOrganization> builder)
    {
        builder.ToTable("Organizations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.LegalName).HasMaxLength(200).IsRequired();
        builder.Property(o => o.NormalizedLegalName).HasMaxLength(200).IsRequired();
        builder.Property(o => o.PartnerNumber).HasMaxLength(10).IsRequired();
        builder.Property(o => o.Street).HasMaxLength(200).IsRequired();
        builder.Property(o => o.City).HasMaxLength(100).IsRequired();
        builder.Property(o => o.State).HasMaxLength(2).IsRequired();
        builder.Property(o => o.PostalCode).HasMaxLength(10).IsRequired();
        builder.Property(o => o.Phone).HasMaxLength(30).IsRequired();
        builder.Property(o => o.Website).HasMaxLength(200);
        builder.Property(o => o.CountryCode).HasMaxLength(2).IsRequired();
        builder.Property(o => o.StatusReason).HasMaxLength(500);
        builder.HasVersion();

        builder.HasIndex(o => o.PartnerNumber).IsUnique();
        builder.HasIndex(o => new { o.Status, o.RegisteredAtUtc });
        builder.HasIndex(o => o.NormalizedLegalName);

        builder.HasMany(o => o.StatusChanges).WithOne().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.ProductAreas).WithOne().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.ServedStates).WithOne().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Industries).WithOne().HasForeignKey(i => i.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.StatusChanges).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(o => o.ProductAreas).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(o => o.ServedStates).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(o => o.Industries).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(o => o.IsAuthorized);
    }
}
