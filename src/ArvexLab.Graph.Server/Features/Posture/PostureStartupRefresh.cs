using ArvexLab.Graph.Server.Data;

namespace ArvexLab.Graph.Server.Features.Posture;

/// <summary>At start-up, after the catalogs (100), the demo data (200) and control mapping (250): every stale posture is computed.</summary>
public sealed class PostureStartupRefresh(PostureRecorder recorder) : IDataSeeder
{
    public int Order => 300;

    public Task SeedAsync(GraphDbContext db, CancellationToken cancellationToken) => recorder.RefreshStaleAsync(db, cancellationToken);
}
