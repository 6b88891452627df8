using Matchmaker.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Matchmaker.Data.Configurations;

internal sealed class SettingChangeConfiguration : IEntityTypeConfiguration<SettingChange>
{
    public void Configure(EntityTypeBuilder<SettingChange> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Setting).HasMaxLength(64).IsRequired();
        builder.Property(c => c.OldValue).HasMaxLength(400).IsRequired();
        builder.Property(c => c.NewValue).HasMaxLength(400).IsRequired();
        builder.Property(c => c.ChangedByUserId).HasMaxLength(450).IsRequired();
        builder.HasIndex(c => c.ChangedAtUtc);
    }
}
