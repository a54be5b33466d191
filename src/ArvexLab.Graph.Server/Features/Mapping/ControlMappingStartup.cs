using ArvexLab.Graph.Server.Data;

namespace ArvexLab.Graph.Server.Features.Mapping;

/// <summary>At start-up, after the catalogs (100) and the demo data (200): maps every control that has no mapping yet.</summary>
public sealed class ControlMappingStartup(ILogger<ControlMappingStartup> logger) : IDataSeeder
{
    public int Order => 250;

    public async Task SeedAsync(GraphDbContext db, CancellationToken cancellationToken)
    {
        var counts = await ControlMapper.MapUnmappedAsync(db, cancellationToken);
        if (counts.Added > 0)
        {
            logger.LogInformation("Mapped unmapped controls: {Counts}", counts);
        }
    }
}
