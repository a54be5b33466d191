using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ArvexLab.Graph.Server.Data.Configurations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(Lengths.Name);
        builder.Property(o => o.Slug).HasMaxLength(Lengths.Slug);
        builder.HasIndex(o => o.Slug).IsUnique();
    }
}
