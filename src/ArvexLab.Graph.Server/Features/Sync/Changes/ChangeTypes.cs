using ArvexLab.Graph.GraphQL.DataLoader;
using ArvexLab.Graph.GraphQL.Querying;
using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Graph;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Sync.Changes;

public sealed class ChangeEntityTypeEnumType : EnumerationGraphType
{
    public ChangeEntityTypeEnumType()
    {
        Name = "ChangeEntityType";
        Description = "The kinds of objects the change feed reports.";
        foreach (var type in ChangeEntityNames.All)
        {
            Add(ChangeEntityNames.EnumName(type), type, $"A {ChangeEntityNames.TypeName(type)}.");
        }
    }
}

public sealed class ChangeOperationEnumType() : NamedEnumType<ChangeOperation>("ChangeOperation",
    "What happened to the object.",
    (ChangeOperation.Created, "CREATED", "The object was created."),
    (ChangeOperation.Updated, "UPDATED", "The object was changed; `version` is its new version."),
    (ChangeOperation.Deleted, "DELETED", "The object was deleted (a tombstone); `entity` is null."));

public sealed class ChangeType : ObjectGraphType<Change>
{
    public ChangeType()
    {
        Name = "Change";
        Description = "One entry of the organization's change feed: which object changed, how, and its version after the change.";
        Field<NonNullGraphType<ChangeEntityTypeEnumType>>("entityType").Description("The kind of object.").Resolve(c => c.Source.EntityType);
        Field<NonNullGraphType<IdGraphType>>("entityId").Description("The object's global ID (also for deleted objects).")
            .Resolve(c => GlobalId.Encode(ChangeEntityNames.TypeName(c.Source.EntityType), c.Source.EntityId));
        Field<NonNullGraphType<ChangeOperationEnumType>>("operation").Description("Created, updated or deleted.").Resolve(c => c.Source.Operation);
        Field<NonNullGraphType<IntGraphType>>("version").Description("The object's version after this change (its last version for a deletion).")
            .Resolve(c => c.Source.Version);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("occurredAt").Description("When the change was committed (server clock).")
            .Resolve(c => c.Source.OccurredAt);
        Field<NodeInterface>("entity")
            .Description("The object as it is NOW (its version may be newer than this change's); null for deletions and for objects deleted since.")
            .Resolve(Entity);
    }

    private static IDataLoaderResult<object?>? Entity(IResolveFieldContext<Change> ctx)
    {
        var change = ctx.Source;
        if (change.Operation == ChangeOperation.Deleted)
        {
            return null;
        }

        return change.EntityType switch
        {
            ChangeEntityType.Vendor => Load<Vendor>(ctx, change.EntityId),
            ChangeEntityType.EvidenceDocument => Load<EvidenceDocument>(ctx, change.EntityId),
            ChangeEntityType.ExtractedField => Load<ExtractedField>(ctx, change.EntityId),
            ChangeEntityType.Control => Load<Control>(ctx, change.EntityId),
            ChangeEntityType.ControlException => Load<ControlException>(ctx, change.EntityId),
            ChangeEntityType.Cuec => Load<Cuec>(ctx, change.EntityId),
            ChangeEntityType.SubserviceOrganization => Load<SubserviceOrganization>(ctx, change.EntityId),
            ChangeEntityType.ControlMapping => Load<ControlMapping>(ctx, change.EntityId),
            _ => null,
        };
    }

    private static IDataLoaderResult<object?> Load<T>(IResolveFieldContext ctx, long id) where T : class
        => ctx.LoadById<T>(id).Then(v => (object?)v);
}
