using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ArvexLab.Graph.Server.Data.Configurations;

internal sealed class VendorPostureConfiguration : IEntityTypeConfiguration<VendorPosture>
{
    public void Configure(EntityTypeBuilder<VendorPosture> builder)
    {
        builder.HasOne<Organization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        // Posture is derived data: it goes with its vendor.
        builder.HasOne(p => p.Vendor).WithOne(v => v.Posture).HasForeignKey<VendorPosture>(p => p.VendorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Flags).WithOne(f => f.Posture).HasForeignKey(f => f.PostureId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(p => p.VendorId).IsUnique();
        builder.HasIndex(p => new { p.OrganizationId, p.Score });
        builder.HasIndex(p => new { p.OrganizationId, p.Grade });
    }
}
