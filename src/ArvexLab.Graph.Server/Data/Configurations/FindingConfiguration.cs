using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ArvexLab.Graph.Server.Data.Configurations;

/// <summary>What every finding table shares; each finding kind has its own table (no inheritance mapping).</summary>
internal abstract class FindingConfiguration<T> : IEntityTypeConfiguration<T>
    where T : Finding
{
    public virtual void Configure(EntityTypeBuilder<T> builder)
    {
        builder.Property(f => f.ReviewComment).HasMaxLength(Lengths.Notes);
        builder.Property(f => f.ReviewedBy).HasMaxLength(Lengths.Person);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.HasOne<Organization>().WithMany().HasForeignKey(f => f.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.DocumentId);
        builder.HasIndex(f => new { f.OrganizationId, f.ReviewState });
    }
}

internal sealed class ExtractedFieldConfiguration : FindingConfiguration<ExtractedField>
{
    public override void Configure(EntityTypeBuilder<ExtractedField> builder)
    {
        base.Configure(builder);
        builder.Property(f => f.Name).HasMaxLength(Lengths.Key);
        builder.HasIndex(f => new { f.DocumentId, f.Name });
    }
}

internal sealed class ControlConfiguration : FindingConfiguration<Control>
{
    public override void Configure(EntityTypeBuilder<Control> builder)
    {
        base.Configure(builder);
        builder.Property(c => c.Ref).HasMaxLength(Lengths.Ref);
        builder.Property(c => c.ResultText).HasMaxLength(Lengths.Notes);
        builder.PrimitiveCollection(c => c.Criteria).ElementType().HasMaxLength(Lengths.Ref);
        // A reviewed exception outlives a replaced control; it keeps its ControlRef text.
        builder.HasMany(c => c.Exceptions).WithOne(e => e.Control).HasForeignKey(e => e.ControlId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(c => c.Mappings).WithOne(m => m.Control).HasForeignKey(m => m.ControlId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.DocumentId, c.Ref });
    }
}

internal sealed class ControlExceptionConfiguration : FindingConfiguration<ControlException>
{
    public override void Configure(EntityTypeBuilder<ControlException> builder)
    {
        base.Configure(builder);
        builder.Property(e => e.ControlRef).HasMaxLength(Lengths.Ref);
        builder.PrimitiveCollection(e => e.Criteria).ElementType().HasMaxLength(Lengths.Ref);
        builder.HasIndex(e => e.ControlId);
    }
}

internal sealed class CuecConfiguration : FindingConfiguration<Cuec>
{
    public override void Configure(EntityTypeBuilder<Cuec> builder)
    {
        base.Configure(builder);
        builder.Property(c => c.Owner).HasMaxLength(Lengths.Person);
        builder.PrimitiveCollection(c => c.Criteria).ElementType().HasMaxLength(Lengths.Ref);
        builder.HasIndex(c => new { c.OrganizationId, c.Status });
    }
}

internal sealed class SubserviceOrganizationConfiguration : FindingConfiguration<SubserviceOrganization>
{
    public override void Configure(EntityTypeBuilder<SubserviceOrganization> builder)
    {
        base.Configure(builder);
        builder.Property(s => s.Name).HasMaxLength(Lengths.Name);
        builder.Property(s => s.Services).HasMaxLength(Lengths.Notes);
    }
}
