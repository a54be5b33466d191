using ArvexLab.Graph.GraphQL.Querying;
using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Evidence;
using ArvexLab.Graph.Server.Features.Vendors;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Review;

public sealed class ReviewEventType : ObjectGraphType<ReviewEvent>
{
    public ReviewEventType()
    {
        Name = "ReviewEvent";
        Description = "One entry of the append-only audit trail: who did what to which object, when, with the state before and after.";
        this.ImplementNode();
        Field(e => e.Action).Description("What happened: UPLOADED, EXTRACTED, REEXTRACTED, CONFIRMED, CORRECTED, REJECTED, ADDED, UPDATED, APPROVED, CREATED, ARCHIVED…");
        Field(e => e.Actor).Description("Who did it: a user's e-mail, a partner client's ID, or system:… for background work.");
        Field(e => e.OccurredAt).Description("When it happened.");
        Field(e => e.EntityType).Description("The kind of object changed (Vendor, EvidenceDocument, Control, Cuec…).");
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("The changed object's ID (it may no longer exist).")
            .Reads("EntityType", "EntityId").Resolve(c => GlobalId.Encode(c.Source.EntityType, c.Source.EntityId));
        Field(e => e.Before, nullable: true).Description("The object's relevant state before (JSON), when it existed.");
        Field(e => e.After, nullable: true).Description("The object's relevant state after (JSON).");
        Field(e => e.Comment, nullable: true).Description("The reviewer's comment.");
        Field<VendorType>("vendor").Description("The vendor concerned, while it exists.")
            .Reads("VendorId").Resolve(ctx => ctx.Source.VendorId is { } id ? ctx.LoadById<Vendor>(id) : null);
        Field<EvidenceDocumentType>("document").Description("The evidence document concerned, while it exists.")
            .Reads("DocumentId").Resolve(ctx => ctx.Source.DocumentId is { } id ? ctx.LoadById<EvidenceDocument>(id) : null);
    }
}
