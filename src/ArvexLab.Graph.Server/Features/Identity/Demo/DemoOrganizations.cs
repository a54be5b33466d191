using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Identity.Demo;

/// <summary>The two demo tenants, looked up by slug and created when the demo data seeder has not run.</summary>
internal static class DemoOrganizations
{
    public const string Demo = "demo";
    public const string Globex = "globex";

    private static readonly (string Slug, string Name)[] All = [(Demo, "Demo Corp"), (Globex, "Globex Corporation")];

    public static async Task<Dictionary<string, long>> EnsureAsync(GraphDbContext db, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (slug, name) in All)
        {
            var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Slug == slug, cancellationToken);
            if (organization is null)
            {
                organization = new Organization { Slug = slug, Name = name, CreatedAt = DateTimeOffset.UtcNow };
                db.Organizations.Add(organization);
                await db.SaveChangesAsync(cancellationToken);
            }

            ids[slug] = organization.Id;
        }

        return ids;
    }
}
