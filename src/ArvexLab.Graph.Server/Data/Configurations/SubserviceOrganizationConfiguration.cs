using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ArvexLab.Graph.Server.Data.Configurations;

internal sealed class SubserviceOrganizationConfiguration : FindingConfiguration<SubserviceOrganization>
{
    public override void Configure(EntityTypeBuilder<SubserviceOrganization> builder)
    {
        base.Configure(builder);
        builder.Property(s => s.Name).HasMaxLength(Lengths.Name);
        builder.Property(s => s.Services).HasMaxLength(Lengths.Notes);
    }
}
