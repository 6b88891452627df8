using Matchmaker.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Matchmaker.Data.Configurations;

internal sealed class ProductAreaConfiguration : IEntityTypeConfiguration<ProductArea>
{
    public void Configure(EntityTypeBuilder<ProductArea> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Code).HasMaxLength(40).IsRequired();
        builder.Property(p => p.Name).HasMaxLength(80).IsRequired();
        builder.HasIndex(p => p.Code).IsUnique();
    }
}
