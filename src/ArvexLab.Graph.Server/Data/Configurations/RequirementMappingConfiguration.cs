using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ArvexLab.Graph.Server.Data.Configurations;

internal sealed class RequirementMappingConfiguration : IEntityTypeConfiguration<RequirementMapping>
{
    public void Configure(EntityTypeBuilder<RequirementMapping> builder)
    {
        builder.Property(m => m.Source).HasMaxLength(Lengths.ShortText);
        builder.Property(m => m.Version).IsConcurrencyToken();

        builder.HasOne<Organization>().WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        // Crosswalk rows are catalog data: they go with either requirement they join.
        builder.HasOne(m => m.SourceRequirement).WithMany().HasForeignKey(m => m.SourceRequirementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.TargetRequirement).WithMany().HasForeignKey(m => m.TargetRequirementId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(m => new { m.SourceRequirementId, m.TargetRequirementId, m.OrganizationId }).IsUnique();
        // NULL organizations are distinct in the index above: built-in rows need their own.
        builder.HasIndex(m => new { m.SourceRequirementId, m.TargetRequirementId }).IsUnique().HasFilter("\"OrganizationId\" IS NULL")
            .HasDatabaseName("IX_RequirementMappings_BuiltIn_Source_Target");
        builder.HasIndex(m => m.TargetRequirementId);
    }
}
