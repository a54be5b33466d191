using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ArvexLab.Graph.Server.Data.Configurations;

internal sealed class ControlMappingConfiguration : IEntityTypeConfiguration<ControlMapping>
{
    public void Configure(EntityTypeBuilder<ControlMapping> builder)
    {
        builder.Property(m => m.Path).HasMaxLength(Lengths.ShortText);
        builder.Property(m => m.Version).IsConcurrencyToken();

        builder.HasOne<Organization>().WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        // A reviewed mapping blocks removing the requirement it points to, rather than vanishing with it.
        builder.HasOne(m => m.Requirement).WithMany().HasForeignKey(m => m.RequirementId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(m => new { m.ControlId, m.RequirementId }).IsUnique();
        builder.HasIndex(m => new { m.OrganizationId, m.RequirementId });
    }
}
