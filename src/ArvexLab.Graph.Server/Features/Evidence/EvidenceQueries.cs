using ArvexLab.Graph.GraphQL.Paging;
using ArvexLab.Graph.GraphQL.Querying;
using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data.Entities;
using GraphQL;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Evidence;

public static class EvidenceQueries
{
    public static void AddEvidenceQueries(this ObjectGraphType query)
    {
        query.Connection<EvidenceDocument, EvidenceDocumentType>("evidenceDocuments")
            .Description("Evidence documents of all the organization's vendors.")
            .Filter<EvidenceDocumentFilterInput>().Sort<EvidenceDocumentSortInput>()
            .Resolve((_, q) => q.Set<EvidenceDocument>());

        query.Field<EvidenceDocumentType>("evidenceDocument")
            .Description("One evidence document by ID; null when it does not exist or is not visible to you.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The document's ID.")
            .Resolve(ctx => ctx.LoadById<EvidenceDocument>(GlobalId.Decode(ctx.GetArgument<string>("id"), "EvidenceDocument")));
    }
}
