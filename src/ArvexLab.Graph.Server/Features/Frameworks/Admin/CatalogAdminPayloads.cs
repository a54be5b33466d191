using ArvexLab.Graph.GraphQL.Querying;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Graph;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Frameworks.Admin;

/// <summary>The result of a catalog mutation: the row as stored now, or why nothing changed.</summary>
public sealed record CatalogPayload<T>(T? Item, IReadOnlyList<UserError> Errors) where T : class
{
    public static CatalogPayload<T> Fail(params UserError[] errors) => new(null, errors);
}

public sealed class FrameworkPayloadType : ObjectGraphType<CatalogPayload<Framework>>
{
    public FrameworkPayloadType()
    {
        Name = "FrameworkPayload";
        Description = "The framework after the change, or why nothing changed.";
        Field<FrameworkType>("framework").Description("The framework as stored now (on CONFLICT: its current state).").Reads("Item").Resolve(c => c.Source.Item);
        this.AddErrors();
    }
}

public sealed class RequirementPayloadType : ObjectGraphType<CatalogPayload<Requirement>>
{
    public RequirementPayloadType()
    {
        Name = "RequirementPayload";
        Description = "The requirement after the change, or why nothing changed.";
        Field<RequirementType>("requirement").Description("The requirement as stored now (on CONFLICT: its current state).").Reads("Item").Resolve(c => c.Source.Item);
        this.AddErrors();
    }
}

public sealed class RequirementMappingPayloadType : ObjectGraphType<CatalogPayload<RequirementMapping>>
{
    public RequirementMappingPayloadType()
    {
        Name = "RequirementMappingPayload";
        Description = "The crosswalk row after the change, or why nothing changed.";
        Field<RequirementMappingType>("requirementMapping").Description("The row as stored now (on CONFLICT: its current state).").Reads("Item").Resolve(c => c.Source.Item);
        this.AddErrors();
    }
}

/// <summary>The result of a delete: the ID that no longer exists, or why nothing was deleted.</summary>
public sealed record DeletePayload(string? DeletedId, IReadOnlyList<UserError> Errors);

public sealed class DeleteCatalogItemPayloadType : ObjectGraphType<DeletePayload>
{
    public DeleteCatalogItemPayloadType()
    {
        Name = "DeleteCatalogItemPayload";
        Description = "The deleted ID, or why nothing was deleted.";
        Field<IdGraphType>("deletedId").Description("The ID of the deleted row.").Reads("DeletedId").Resolve(c => c.Source.DeletedId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Description("Empty when the row was deleted.").Reads("Errors").Resolve(c => c.Source.Errors);
    }
}

/// <summary>The result of an import: the framework version it created or updated.</summary>
public sealed record ImportPayload(Framework? Framework, bool Created, IReadOnlyList<UserError> Errors);

public sealed class ImportFrameworkPayloadType : ObjectGraphType<ImportPayload>
{
    public ImportFrameworkPayloadType()
    {
        Name = "ImportFrameworkPayload";
        Description = "The imported framework version, or why nothing was imported.";
        Field<FrameworkType>("framework").Description("The framework version as stored now.").Reads("Framework").Resolve(c => c.Source.Framework);
        Field<NonNullGraphType<BooleanGraphType>>("created").Description("True when the file's key and version were new: a new framework version beside the older ones.").Reads("Created").Resolve(c => c.Source.Created);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Description("Empty when the file was imported.").Reads("Errors").Resolve(c => c.Source.Errors);
    }
}

internal static class PayloadFields
{
    public static void AddErrors<T>(this ObjectGraphType<CatalogPayload<T>> type) where T : class
        => type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors")
            .Description("Empty when the change applied.").Reads("Errors").Resolve(c => c.Source.Errors);
}
