using ArvexLab.Graph.Server.Graph;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Frameworks.Admin;

public sealed class CreateFrameworkInputType : InputObjectGraphType
{
    public CreateFrameworkInputType()
    {
        Name = "CreateFrameworkInput";
        Description = "A new framework (catalog version) without requirements yet.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("Stable key: lower-case letters, digits, '.', '-' or '_' (e.g. acme-suppliers).");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Display name.");
        Field<NonNullGraphType<StringGraphType>>("version").Description("The catalog version, e.g. 2024 or 1.0.");
        Field<StringGraphType>("description").Description("What the framework is.");
        Field<StringGraphType>("source").Description("Where the content comes from (publication, licence).");
        Field<BooleanGraphType>("builtIn").Description("True for a catalog shared by every organization (platform administrators only).").DefaultValue(false);
    }
}

public sealed class UpdateFrameworkInputType : InputObjectGraphType
{
    public UpdateFrameworkInputType()
    {
        Name = "UpdateFrameworkInput";
        Description = "Changes to a framework's description: omitted fields stay. Key and version name the catalog and do not change.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The framework's ID.");
        Field<NonNullGraphType<IntGraphType>>("revision").Description("The revision you last read; a stale one is a CONFLICT.");
        Field<StringGraphType>("name").Description("New name.");
        Field<StringGraphType>("description").Description("New description (null clears it).");
        Field<StringGraphType>("source").Description("New source (null clears it).");
    }
}

public sealed class CreateRequirementInputType : InputObjectGraphType
{
    public CreateRequirementInputType()
    {
        Name = "CreateRequirementInput";
        Description = "A new requirement, added as the last child of its parent (or the last top-level one).";
        Field<NonNullGraphType<IdGraphType>>("frameworkId").Description("The framework it belongs to.");
        Field<NonNullGraphType<StringGraphType>>("ref").Description("The reference as the framework prints it; unique in the framework.");
        Field<NonNullGraphType<StringGraphType>>("title").Description("Short title.");
        Field<StringGraphType>("text").Description("Summary of the requirement.");
        Field<IdGraphType>("parentId").Description("The enclosing requirement (same framework); omitted for a top-level one.");
    }
}

public sealed class UpdateRequirementInputType : InputObjectGraphType
{
    public UpdateRequirementInputType()
    {
        Name = "UpdateRequirementInput";
        Description = "Changes to a requirement: omitted fields stay; a null parentId moves it to the top level.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The requirement's ID.");
        Field<NonNullGraphType<IntGraphType>>("revision").Description("The revision you last read; a stale one is a CONFLICT.");
        Field<StringGraphType>("ref").Description("New reference.");
        Field<StringGraphType>("title").Description("New title.");
        Field<StringGraphType>("text").Description("New text (null clears it).");
        Field<IdGraphType>("parentId").Description("New parent in the same framework (null: top level).");
    }
}

public sealed class CreateRequirementMappingInputType : InputObjectGraphType
{
    public CreateRequirementMappingInputType()
    {
        Name = "CreateRequirementMappingInput";
        Description = "A crosswalk row between requirements of two frameworks.";
        Field<NonNullGraphType<IdGraphType>>("sourceRequirementId").Description("The mapped-from requirement.");
        Field<NonNullGraphType<IdGraphType>>("targetRequirementId").Description("The mapped-to requirement, in another framework.");
        Field<NonNullGraphType<MappingRelationshipEnumType>>("relationship").Description("How the two relate.");
        Field<NonNullGraphType<StringGraphType>>("source").Description("Who published the row (e.g. ENISA, AICPA, or your organization).");
    }
}

public sealed class UpdateRequirementMappingInputType : InputObjectGraphType
{
    public UpdateRequirementMappingInputType()
    {
        Name = "UpdateRequirementMappingInput";
        Description = "Changes to a crosswalk row: omitted fields stay.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The row's ID.");
        Field<NonNullGraphType<IntGraphType>>("revision").Description("The revision you last read; a stale one is a CONFLICT.");
        Field<MappingRelationshipEnumType>("relationship").Description("New relationship.");
        Field<StringGraphType>("source").Description("New source.");
    }
}

public sealed class DeleteCatalogItemInputType : InputObjectGraphType
{
    public DeleteCatalogItemInputType()
    {
        Name = "DeleteCatalogItemInput";
        Description = "A framework, requirement or crosswalk row to delete, with the revision you last read.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The ID.");
        Field<NonNullGraphType<IntGraphType>>("revision").Description("The revision you last read; a stale one is a CONFLICT.");
    }
}

public sealed class ImportFrameworkInputType : InputObjectGraphType
{
    public ImportFrameworkInputType()
    {
        Name = "ImportFrameworkInput";
        Description = "A framework file, as `Framework.export` writes it.";
        Field<NonNullGraphType<FrameworkFileFormatEnumType>>("format").Description("The file's format.");
        Field<NonNullGraphType<StringGraphType>>("content").Description("The file's text.");
        Field<BooleanGraphType>("builtIn").Description("Import as a catalog shared by every organization (platform administrators only).").DefaultValue(false);
    }
}
