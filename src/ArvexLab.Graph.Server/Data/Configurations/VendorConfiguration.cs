using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ArvexLab.Graph.Server.Data.Configurations;

internal sealed class VendorConfiguration : IEntityTypeConfiguration<Vendor>
{
    public void Configure(EntityTypeBuilder<Vendor> builder)
    {
        builder.Property(v => v.Name).HasMaxLength(Lengths.Name);
        builder.Property(v => v.Website).HasMaxLength(Lengths.Url);
        builder.Property(v => v.Owner).HasMaxLength(Lengths.Person);
        builder.Property(v => v.Notes).HasMaxLength(Lengths.Notes);
        builder.PrimitiveCollection(v => v.Services).ElementType().HasMaxLength(Lengths.Name);
        builder.PrimitiveCollection(v => v.Tags).ElementType().HasMaxLength(Lengths.Key);
        builder.Property(v => v.Version).IsConcurrencyToken();

        builder.HasOne<Organization>().WithMany().HasForeignKey(v => v.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        // Vendors are archived, not deleted; deleting one with evidence must be an explicit, deliberate act.
        builder.HasMany(v => v.Documents).WithOne(d => d.Vendor).HasForeignKey(d => d.VendorId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(v => new { v.OrganizationId, v.Name });
        builder.HasIndex(v => new { v.OrganizationId, v.Criticality });
        builder.HasIndex(v => new { v.OrganizationId, v.UpdatedAt });
    }
}
