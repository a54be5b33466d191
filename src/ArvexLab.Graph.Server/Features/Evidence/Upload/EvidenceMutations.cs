using ArvexLab.Graph.GraphQL.Upload;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Identity;
using ArvexLab.Graph.Server.Graph;
using GraphQL;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Evidence.Upload;

public static class EvidenceMutations
{
    public static void AddEvidenceMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<UploadEvidencePayloadType>>("uploadEvidence")
            .Description("Uploads a vendor's evidence PDF (GraphQL multipart request) and queues its extraction.")
            .Argument<NonNullGraphType<UploadEvidenceInputType>>("input", "The vendor, the file and what it covers.")
            .AuthorizeWithPolicy(GraphPolicies.Review)
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<Dictionary<string, object?>>("input");
                var request = new UploadRequest(
                    (string)input["vendorId"]!,
                    (UploadedFile)input["file"]!,
                    input.GetValueOrDefault("kindHint") as EvidenceKind?,
                    (input.GetValueOrDefault("coversServices") as IEnumerable<object?>)?.OfType<string>().ToList(),
                    Actor.Of(ctx));
                return await ctx.RequestServices!.GetRequiredService<EvidenceUpload>().UploadAsync(request, ctx.CancellationToken);
            });

        mutation.Field<NonNullGraphType<ReextractEvidencePayloadType>>("reextractEvidence")
            .Description("Queues a document's extraction again; reviewed findings are kept, pending ones replaced.")
            .Argument<NonNullGraphType<ReextractEvidenceInputType>>("input", "The document and its version.")
            .AuthorizeWithPolicy(GraphPolicies.Review)
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<Dictionary<string, object?>>("input");
                var version = Convert.ToInt32(input["version"], System.Globalization.CultureInfo.InvariantCulture);
                return await ctx.RequestServices!.GetRequiredService<EvidenceReextraction>()
                    .ReextractAsync((string)input["id"]!, version, Actor.Of(ctx), ctx.CancellationToken);
            });
    }
}
