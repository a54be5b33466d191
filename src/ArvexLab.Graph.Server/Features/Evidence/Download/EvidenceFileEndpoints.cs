using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Features.Evidence.Jobs;
using ArvexLab.Graph.Server.Features.Evidence.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace ArvexLab.Graph.Server.Features.Evidence.Download;

/// <summary>Serves original evidence files through the signed links of <see cref="EvidenceFileLinks"/>.</summary>
public static class EvidenceFileEndpoints
{
    /// <summary>Maps <c>GET /evidence/{id}/file?token=…</c>: 403 for a forged, expired or mismatched token, 404 when the document is gone.</summary>
    public static IEndpointRouteBuilder MapEvidenceFiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(EvidenceFileLinks.PathPrefix + "/{id}/file", ServeAsync).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }

    private static async Task ServeAsync(HttpContext http, string id, string? token, EvidenceFileLinks links,
        GraphDbContextActivator contexts, IBlobStore blobs, ILoggerFactory loggers)
    {
        http.Response.Headers.CacheControl = "private, no-store";
        if (links.Open(id, token) is not { } grant)
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        // The organization comes from the signed token: the document is looked up under that tenant's filter only.
        await using var db = contexts.Create(new OrganizationTenantContext(grant.OrganizationId));
        var document = await db.EvidenceDocuments.AsNoTracking().Where(d => d.Id == grant.DocumentId)
            .Select(d => new { d.Sha256, d.SizeBytes, d.FileName }).FirstOrDefaultAsync(http.RequestAborted);
        if (document is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        Stream content;
        try
        {
            content = await blobs.OpenReadAsync(document.Sha256, http.RequestAborted);
        }
        catch (BlobIntegrityException e)
        {
            loggers.CreateLogger(typeof(EvidenceFileEndpoints)).LogError(e, "Evidence file of document {Document} is unavailable", grant.DocumentId);
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await using (content)
        {
            http.Response.ContentType = "application/pdf";
            http.Response.ContentLength = document.SizeBytes;
            http.Response.Headers.XContentTypeOptions = "nosniff";
            http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileNameStar = document.FileName }.ToString();
            try
            {
                await content.CopyToAsync(http.Response.Body, http.RequestAborted);
            }
            catch (BlobIntegrityException e)
            {
                // The bytes no longer match their hash (tampering, disk rot): break the response so no client takes
                // a complete-looking file; the status line is already sent.
                loggers.CreateLogger(typeof(EvidenceFileEndpoints)).LogError(e, "Evidence file of document {Document} failed verification", grant.DocumentId);
                http.Abort();
            }
        }
    }
}
