namespace ArvexLab.Graph.Server.Data;

/// <summary>
/// One step of start-up seeding, run in <see cref="Order"/> after migrations, inside a DI scope whose
/// tenant context is the system context. Each step must be idempotent: it runs on every start.
/// </summary>
public interface IDataSeeder
{
    /// <summary>Lower runs first: 100 catalogs, 200 demo organizations and vendors, 300 demo identities.</summary>
    int Order { get; }

    Task SeedAsync(GraphDbContext db, CancellationToken cancellationToken);
}
