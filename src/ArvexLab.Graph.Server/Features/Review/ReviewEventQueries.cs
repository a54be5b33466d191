using ArvexLab.Graph.GraphQL.Paging;
using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data.Entities;
using GraphQL;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Review;

/// <summary>The audit trail: across the organization, and (wired from their types) per document and per vendor.</summary>
public static class ReviewEventQueries
{
    public static void AddReviewEventQueries(this ObjectGraphType query)
    {
        var field = query.Connection<ReviewEvent, ReviewEventType>("reviewEvents")
            .Description("The organization's audit trail, oldest first unless ordered; narrow it to one document or vendor.")
            .Filter<ReviewEventFilterInput>().Sort<ReviewEventSortInput>();
        field.Field.Arguments!.Add(new QueryArgument<IdGraphType> { Name = "documentId", Description = "Only events about this evidence document and its findings." });
        field.Field.Arguments!.Add(new QueryArgument<IdGraphType> { Name = "vendorId", Description = "Only events about this vendor, its documents and their findings." });
        field.Resolve((ctx, q) =>
        {
            var events = q.Set<ReviewEvent>();
            if (ctx.GetArgument<string?>("documentId") is { } documentId)
            {
                var id = GlobalId.Decode(documentId, nameof(EvidenceDocument));
                events = events.Where(e => e.DocumentId == id);
            }

            if (ctx.GetArgument<string?>("vendorId") is { } vendorId)
            {
                var id = GlobalId.Decode(vendorId, nameof(Vendor));
                events = events.Where(e => e.VendorId == id);
            }

            return events;
        });

    }

    /// <summary>EvidenceDocument.reviewEvents: call from EvidenceDocumentType's constructor.</summary>
    public static void AddReviewEvents(this ObjectGraphType<EvidenceDocument> type) =>
        type.Connection<ReviewEvent, ReviewEventType>("reviewEvents")
            .Description("The document's audit trail: upload, extraction, every review decision and approval.")
            .Filter<ReviewEventFilterInput>().Sort<ReviewEventSortInput>()
            .ResolveChildren((EvidenceDocument d) => d.Id, e => e.DocumentId ?? 0, q => q.Set<ReviewEvent>());

    /// <summary>Vendor.reviewEvents: call from VendorType's constructor.</summary>
    public static void AddReviewEvents(this ObjectGraphType<Vendor> type) =>
        type.Connection<ReviewEvent, ReviewEventType>("reviewEvents")
            .Description("The vendor's audit trail: its changes, its documents' and their findings' reviews.")
            .Filter<ReviewEventFilterInput>().Sort<ReviewEventSortInput>()
            .ResolveChildren((Vendor v) => v.Id, e => e.VendorId ?? 0, q => q.Set<ReviewEvent>());
}
