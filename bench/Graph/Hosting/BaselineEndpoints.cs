using System.Text.Json;
using System.Text.Json.Serialization;
using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Sync.Changes;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ArvexLab.Graph.Bench.Hosting;

/// <summary>
/// The floor a GraphQL server has to beat: hand-written endpoints that authenticate the same bearer token,
/// run the EF Core query a developer would write for the same page (same filter, order, nesting and
/// columns, tenant filter included) and write the same JSON shape as the GraphQL response.
/// </summary>
public static class BaselineEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    public static async Task HandleAsync(HttpContext http)
    {
        if (!await AuthenticateAsync(http))
        {
            await RefuseAsync(http);
            return;
        }

        await using var db = http.RequestServices.GetRequiredService<IGraphDbContextFactory>().Create();
        var ct = http.RequestAborted;
        object? data = http.Request.Path.Value switch
        {
            "/baseline/vendors" => await VendorListAsync(db, ct),
            "/baseline/posture" => await PostureAsync(db, Key(http, "Vendor"), ct),
            "/baseline/node" => await NodeAsync(db, Key(http, "Vendor"), ct),
            "/baseline/changes" => await ChangesAsync(db, ct),
            _ => null,
        };
        if (data is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await http.Response.WriteAsJsonAsync(new { data }, Json, ct);
    }

    /// <summary>
    /// The branch runs the server's authentication middleware first (token signature and database entry, as for
    /// /graphql); here only the outcome is checked, as the endpoint's authorization requirement does.
    /// </summary>
    public static Task<bool> AuthenticateAsync(HttpContext http) =>
        Task.FromResult(http.User.Identity?.IsAuthenticated == true && http.User.Identity.AuthenticationType is not null);

    /// <summary>401 with the authentication failure, so a misconfigured run says why.</summary>
    public static async Task RefuseAsync(HttpContext http)
    {
        var result = await http.AuthenticateAsync();
        http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        await http.Response.WriteAsync(result.Failure?.Message ?? (result.None ? "no credentials" : "not authenticated"));
    }

    private static long Key(HttpContext http, string type) =>
        GlobalId.TryDecode(http.Request.Query["id"].ToString(), out var typeName, out var key) && typeName == type ? key : -1;

    private static async Task<object> VendorListAsync(GraphDbContext db, CancellationToken ct)
    {
        var rows = await db.Vendors.AsNoTracking()
            .Where(v => v.Status == VendorStatus.Active && (v.Criticality == Criticality.High || v.Criticality == Criticality.Critical))
            .OrderBy(v => v.Name).ThenBy(v => v.Id)
            .Take(21)
            .Select(v => new { v.Id, v.Name, v.Website, v.Criticality, v.Status, v.Owner, v.Tags, v.UpdatedAt })
            .ToListAsync(ct);
        var page = rows.Take(20).ToList();
        return new
        {
            vendors = new
            {
                nodes = page.Select(v => new { id = GlobalId.Encode("Vendor", v.Id), v.Name, v.Website, v.Criticality, v.Status, v.Owner, v.Tags, v.UpdatedAt }),
                pageInfo = new
                {
                    hasNextPage = rows.Count > 20,
                    endCursor = page.Count == 0 ? null : Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new object[] { page[^1].Name, page[^1].Id })),
                },
            },
        };
    }

    // One statement per level, each level's pages cut per parent in SQL (SQLite has no APPLY for nested Take).
    private static async Task<object> PostureAsync(GraphDbContext db, long id, CancellationToken ct)
    {
        var vendor = await db.Vendors.AsNoTracking().Where(v => v.Id == id).Select(v => new { v.Id, v.Name, v.Criticality }).FirstOrDefaultAsync(ct);
        if (vendor is null)
        {
            return new { vendor = (object?)null };
        }

        var documents = await db.EvidenceDocuments.AsNoTracking().Where(d => d.VendorId == id).OrderBy(d => d.Id).Take(5)
            .Select(d => new { d.Id, d.Title, d.Kind, d.Status, d.PeriodEnd }).ToListAsync(ct);
        var documentIds = documents.Select(d => d.Id).ToList();
        var controls = (await db.Controls.AsNoTracking().Where(c => documentIds.Contains(c.DocumentId)).GroupBy(c => c.DocumentId)
            .Select(g => new { g.Key, Items = g.OrderBy(c => c.Id).Take(20).Select(c => new { c.Id, c.Ref, c.Description, c.Result }).ToList() })
            .ToListAsync(ct)).ToDictionary(g => g.Key, g => g.Items);
        var controlIds = controls.Values.SelectMany(c => c).Select(c => c.Id).ToList();
        var mappings = (await db.ControlMappings.AsNoTracking().Where(m => controlIds.Contains(m.ControlId)).GroupBy(m => m.ControlId)
            .Select(g => new { g.Key, Items = g.OrderBy(m => m.Id).Take(5).Select(m => new { m.Id, m.Method, m.Confidence, m.RequirementId }).ToList() })
            .ToListAsync(ct)).ToDictionary(g => g.Key, g => g.Items);
        var requirementIds = mappings.Values.SelectMany(m => m).Select(m => m.RequirementId).Distinct().ToList();
        var requirements = await db.Requirements.AsNoTracking().Where(r => requirementIds.Contains(r.Id))
            .Select(r => new { r.Id, r.Ref, r.Title }).ToDictionaryAsync(r => r.Id, ct);

        return new
        {
            vendor = new
            {
                id = GlobalId.Encode("Vendor", vendor.Id),
                vendor.Name,
                vendor.Criticality,
                documents = new
                {
                    nodes = documents.Select(d => new
                    {
                        id = GlobalId.Encode("EvidenceDocument", d.Id),
                        d.Title,
                        d.Kind,
                        d.Status,
                        d.PeriodEnd,
                        controls = new
                        {
                            nodes = (controls.GetValueOrDefault(d.Id) ?? []).Select(c => new
                            {
                                id = GlobalId.Encode("Control", c.Id),
                                c.Ref,
                                c.Description,
                                c.Result,
                                mappings = new
                                {
                                    nodes = (mappings.GetValueOrDefault(c.Id) ?? []).Select(m => new
                                    {
                                        id = GlobalId.Encode("ControlMapping", m.Id),
                                        m.Method,
                                        m.Confidence,
                                        requirement = requirements.TryGetValue(m.RequirementId, out var r)
                                            ? new { id = GlobalId.Encode("Requirement", r.Id), r.Ref, r.Title }
                                            : null,
                                    }),
                                },
                            }),
                        },
                    }),
                },
            },
        };
    }

    // The partner sync page: the first 100 changes in sequence order, then the counter row (the retention check).
    private static async Task<object> ChangesAsync(GraphDbContext db, CancellationToken ct)
    {
        var organizationId = db.Tenant.OrganizationId ?? -1;
        var rows = await db.Changes.AsNoTracking().Where(c => c.OrganizationId == organizationId && c.Sequence > 0)
            .OrderBy(c => c.Sequence).Take(101).ToListAsync(ct);
        var counter = await db.ChangeCounters.AsNoTracking().FirstOrDefaultAsync(c => c.OrganizationId == organizationId, ct);
        var page = rows.Take(100).ToList();
        return new
        {
            changes = new
            {
                nodes = page.Select(c => new
                {
                    c.EntityType,
                    entityId = GlobalId.Encode(ChangeEntityNames.TypeName(c.EntityType), c.EntityId),
                    c.Operation,
                    c.Version,
                    c.OccurredAt,
                }),
                pageInfo = new
                {
                    hasNextPage = rows.Count > 100,
                    endCursor = page.Count == 0 ? null : ChangeCursor.Encode(page[^1].Sequence),
                    purgedThrough = counter?.PurgedThrough,
                },
            },
        };
    }

    private static async Task<object> NodeAsync(GraphDbContext db, long id, CancellationToken ct)
    {
        var vendor = await db.Vendors.AsNoTracking().Where(v => v.Id == id)
            .Select(v => new { v.Id, v.Name, v.Criticality, v.Status, v.UpdatedAt })
            .FirstOrDefaultAsync(ct);
        return new { node = vendor is null ? null : new { id = GlobalId.Encode("Vendor", vendor.Id), vendor.Name, vendor.Criticality, vendor.Status, vendor.UpdatedAt } };
    }
}
