using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ArvexLab.Graph.Server.Data.Configurations;

internal sealed class ExtractedFieldConfiguration : FindingConfiguration<ExtractedField>
{
    public override void Configure(EntityTypeBuilder<ExtractedField> builder)
    {
        base.Configure(builder);
        builder.Property(f => f.Name).HasMaxLength(Lengths.Key);
        builder.HasIndex(f => new { f.DocumentId, f.Name });
    }
}
