using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ArvexLab.Graph.Server.Data.Configurations;

internal sealed class RequirementConfiguration : IEntityTypeConfiguration<Requirement>
{
    public void Configure(EntityTypeBuilder<Requirement> builder)
    {
        builder.Property(r => r.Ref).HasMaxLength(Lengths.Ref);
        builder.Property(r => r.Title).HasMaxLength(Lengths.ShortText);
        builder.Property(r => r.Version).IsConcurrencyToken();

        builder.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Parent).WithMany().HasForeignKey(r => r.ParentId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(r => new { r.FrameworkId, r.Ref }).IsUnique();
        builder.HasIndex(r => new { r.FrameworkId, r.SortOrder });
        builder.HasIndex(r => r.ParentId);
    }
}
