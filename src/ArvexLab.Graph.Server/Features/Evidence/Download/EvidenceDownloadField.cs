using ArvexLab.Graph.Server.Data.Entities;
using GraphQL;

namespace ArvexLab.Graph.Server.Features.Evidence.Download;

internal static class EvidenceDownloadField
{
    /// <summary>An absolute link on the host the client called (so partners can fetch it as given), relative without a request.</summary>
    public static EvidenceDownloadLink Resolve(IResolveFieldContext context, EvidenceDocument document)
    {
        var services = context.RequestServices!;
        var request = services.GetService<IHttpContextAccessor>()?.HttpContext?.Request;
        var origin = request is null ? null : $"{request.Scheme}://{request.Host}{request.PathBase}";
        return services.GetRequiredService<EvidenceFileLinks>().Create(document, origin);
    }
}
