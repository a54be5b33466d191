using ArvexLab.Graph.GraphQL.Errors;
using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.GraphQL.Subscriptions;
using ArvexLab.Graph.Server.Data;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ArvexLab.Graph.Server.Features.Evidence.Live;

public static class EvidenceSubscriptions
{
    public static void AddEvidenceSubscriptions(this ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<EvidenceStatusChangeType>, EvidenceStatusChange>("evidenceStatusChanged")
            .Description("The document's current extraction status at once, then every change (QUEUED → EXTRACTING → EXTRACTED | FAILED). "
                + "Over WebSocket (graphql-transport-ws) on /graphql.")
            .Argument<NonNullGraphType<IdGraphType>>("documentId", "The document to watch.")
            .ResolveStreamAsync(async ctx =>
            {
                var id = GlobalId.Decode(ctx.GetArgument<string>("documentId"), "EvidenceDocument");
                // The tenant filter applies: another organization's document looks exactly like a missing one.
                var db = ctx.RequestServices!.GetRequiredService<GraphDbContext>();
                if (!await db.EvidenceDocuments.AnyAsync(d => d.Id == id, ctx.CancellationToken))
                {
                    throw new GraphError(GraphErrorCodes.NotFound, "No evidence document with this ID.");
                }

                var feed = ctx.RequestServices!.GetRequiredService<EvidenceStatusFeed>();
                return SourceStream.From(token => feed.WatchAsync(id, token));
            });
    }
}
