using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Data.Tenancy;
using ArvexLab.Graph.Server.Features.Evidence.Jobs;
using ArvexLab.Graph.Server.Features.Evidence.Storage;
using ArvexLab.Graph.Server.Features.Identity;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ArvexLab.Graph.Server.Tests.Live;

/// <summary>A partner client of one organization with its secret, so a test can also revoke its token.</summary>
public sealed record PartnerToken(string ClientId, string Secret, string AccessToken);

public static class LiveTestData
{
    /// <summary>
    /// A vendor and a queued document of <paramref name="organizationId"/> whose file is in the app's blob store, as an
    /// upload leaves it. Other open jobs of the class database are closed first, so the next worker run takes this one.
    /// </summary>
    public static async Task<long> QueuedDocumentAsync(GraphApp app, TestDatabase database, long organizationId, string content = "%PDF-1.7 live test")
    {
        await using (var system = database.CreateSystemContext())
        {
            await system.ExtractionJobs.Where(j => j.Status == ExtractionJobStatus.Queued || j.Status == ExtractionJobStatus.Running)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, ExtractionJobStatus.Succeeded));
        }

        var suffix = Guid.NewGuid().ToString("N")[..8];
        using var file = new MemoryStream(System.Text.Encoding.UTF8.GetBytes($"{content} {suffix}"));
        var blob = await app.Services.GetRequiredService<IBlobStore>().PutAsync(file);
        await using var db = database.CreateContext(TestTenant.Of(organizationId));
        var document = new EvidenceDocument
        {
            Vendor = new Vendor { Name = "Live vendor " + suffix },
            Kind = EvidenceKind.Other,
            Title = "Live report",
            FileName = "live.pdf",
            Sha256 = blob.Sha256,
            SizeBytes = blob.SizeBytes,
        };
        db.EvidenceDocuments.Add(document);
        await ExtractionJobQueue.EnqueueAsync(db, document);
        await db.SaveChangesAsync();
        return document.Id;
    }

    /// <summary>A client-credentials token from the server's own token endpoint (client allowed to revoke it too).</summary>
    public static async Task<PartnerToken> PartnerTokenAsync(GraphApp app, long organizationId, string scopes = "graph:read")
    {
        var clientId = "live-" + Guid.NewGuid().ToString("N")[..12];
        var secret = Guid.NewGuid().ToString("N");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantScope>().UseSystem();
            var descriptor = new OpenIddictApplicationDescriptor
            {
                ClientId = clientId,
                ClientSecret = secret,
                ClientType = ClientTypes.Confidential,
                Permissions = { Permissions.Endpoints.Token, Permissions.Endpoints.Revocation, Permissions.GrantTypes.ClientCredentials },
            };
            foreach (var name in scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                descriptor.Permissions.Add(Permissions.Prefixes.Scope + name);
            }

            PartnerClientOrganization.Bind(descriptor, organizationId);
            await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(descriptor);
        }

        using var http = app.CreateClient();
        return new PartnerToken(clientId, secret, await ClientCredentials.RequestTokenAsync(http, clientId, secret, scopes));
    }

    public static string DocumentId(long id) => ArvexLab.Graph.GraphQL.Relay.GlobalId.Encode("EvidenceDocument", id);
}
