using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ArvexLab.Graph.Server.Data.Configurations;

internal sealed class FrameworkConfiguration : IEntityTypeConfiguration<Framework>
{
    public void Configure(EntityTypeBuilder<Framework> builder)
    {
        builder.Property(f => f.Key).HasMaxLength(Lengths.Key);
        builder.Property(f => f.Name).HasMaxLength(Lengths.Name);
        builder.Property(f => f.CatalogVersion).HasMaxLength(Lengths.Code);
        builder.Property(f => f.Source).HasMaxLength(Lengths.ShortText);
        builder.Property(f => f.Version).IsConcurrencyToken();

        builder.HasOne<Organization>().WithMany().HasForeignKey(f => f.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        // A catalog's requirements have no meaning without it; mapped requirements still block the delete.
        builder.HasMany(f => f.Requirements).WithOne(r => r.Framework).HasForeignKey(r => r.FrameworkId).OnDelete(DeleteBehavior.Cascade);

        // NULLs are distinct in unique indexes on both providers, so the organizations' index cannot keep two nodes
        // loading the catalogs at once from adding the same built-in version twice: the partial index does.
        builder.HasIndex(f => new { f.OrganizationId, f.Key, f.CatalogVersion }).IsUnique();
        builder.HasIndex(f => new { f.Key, f.CatalogVersion }).IsUnique().HasFilter("\"OrganizationId\" IS NULL")
            .HasDatabaseName("IX_Frameworks_BuiltIn_Key_CatalogVersion");
        builder.HasIndex(f => f.Key);
    }
}
