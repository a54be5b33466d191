using ArvexLab.Graph.GraphQL.Paging;
using ArvexLab.Graph.GraphQL.Querying;
using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Findings;
using ArvexLab.Graph.Server.Features.Frameworks.Admin;
using ArvexLab.Graph.Server.Features.Frameworks.Catalogs;
using ArvexLab.Graph.Server.Graph;
using GraphQL;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Frameworks;

public sealed class FrameworkType : ObjectGraphType<Framework>
{
    public FrameworkType()
    {
        Name = "Framework";
        Description = "A catalog of requirements: built in (ISO 27001, SOC 2 TSC, NIS2, DORA, GDPR) or the organization's own.";
        this.ImplementNode();
        Field(f => f.Key).Description("Stable key, e.g. iso27001-2022, nis2.");
        Field(f => f.Name).Description("Display name.");
        Field("version", f => f.CatalogVersion).Description("The catalog's version; older versions stay readable.");
        Field(f => f.Description, nullable: true).Description("What the framework is.");
        Field(f => f.Source, nullable: true).Description("Where the catalog's content comes from.");
        Field(f => f.IsBuiltIn).Description("True for catalogs shipped with the product.");
        Field("revision", f => f.Version).Description("Concurrency version of the framework record; send it back with changes.");
        Field<NonNullGraphType<StringGraphType>>("export")
            .Description("The framework with its requirement tree and outgoing crosswalk rows as a file; `importFramework` reads it back.")
            .Argument<NonNullGraphType<FrameworkFileFormatEnumType>>("format", "JSON or CSV.")
            .Reads("Id")
            .ResolveAsync(async ctx =>
            {
                await using var db = ctx.RequestServices!.GetRequiredService<IGraphDbContextFactory>().Create();
                var document = await new FrameworkExporter(db).ExportAsync(ctx.Source.Id, ctx.CancellationToken);
                return document is null ? null : FrameworkFiles.Write(document, ctx.GetArgument<FrameworkFileFormat>("format"));
            });
        this.Connection<Requirement, RequirementType>("requirements")
            .Description("The framework's requirements (all levels; filter on `parent` for a tree level).")
            .Filter<RequirementFilterInput>().Sort<RequirementSortInput>()
            .ResolveChildren((Framework f) => f.Id, r => r.FrameworkId, q => q.Set<Requirement>());
    }
}

public sealed class RequirementType : ObjectGraphType<Requirement>
{
    public RequirementType()
    {
        Name = "Requirement";
        Description = "A clause, control, criterion or article paragraph of a framework.";
        this.ImplementNode();
        Field<NonNullGraphType<FrameworkType>>("framework").Description("The framework it belongs to.")
            .Reads("FrameworkId").Resolve(ctx => ctx.LoadById<Framework>(ctx.Source.FrameworkId));
        Field(r => r.Ref).Description("The reference as the framework prints it (A.5.15, CC6.1, Art. 21(2)(d)).");
        Field(r => r.Title).Description("Short title.");
        Field(r => r.Text, nullable: true).Description("Summary of the requirement.");
        Field("revision", r => r.Version).Description("Concurrency version; send it back with changes.");
        Field<RequirementType>("parent").Description("The enclosing requirement in the tree.")
            .Reads("ParentId").Resolve(ctx => ctx.Source.ParentId is { } id ? ctx.LoadById<Requirement>(id) : null);
        this.Connection<Requirement, RequirementType>("children")
            .Description("Requirements one level below.")
            .Sort<RequirementSortInput>()
            .ResolveChildren((Requirement r) => r.Id, c => c.ParentId ?? 0, q => q.Set<Requirement>());
        this.Connection<RequirementMapping, RequirementMappingType>("mappings")
            .Description("Crosswalk rows from this requirement to requirements of other frameworks.")
            .ResolveChildren((Requirement r) => r.Id, m => m.SourceRequirementId, q => q.Set<RequirementMapping>());
    }
}

public sealed class RequirementMappingType : ObjectGraphType<RequirementMapping>
{
    public RequirementMappingType()
    {
        Name = "RequirementMapping";
        Description = "A crosswalk row: how a requirement of one framework relates to one of another.";
        this.ImplementNode();
        Field<NonNullGraphType<RequirementType>>("sourceRequirement").Description("The mapped-from requirement.")
            .Reads("SourceRequirementId").Resolve(ctx => ctx.LoadById<Requirement>(ctx.Source.SourceRequirementId));
        Field<NonNullGraphType<RequirementType>>("targetRequirement").Description("The mapped-to requirement.")
            .Reads("TargetRequirementId").Resolve(ctx => ctx.LoadById<Requirement>(ctx.Source.TargetRequirementId));
        Field<NonNullGraphType<MappingRelationshipEnumType>>("relationship").Description("How the two relate.").Reads("Relationship").Resolve(c => c.Source.Relationship);
        Field(m => m.Source).Description("Who published the row (e.g. ENISA, AICPA, ArvexLab).");
        Field("revision", m => m.Version).Description("Concurrency version; send it back with changes.");
    }
}

public sealed class ControlMappingType : ObjectGraphType<ControlMapping>
{
    public ControlMappingType()
    {
        Name = "ControlMapping";
        Description = "A vendor control mapped to a requirement, with how and how sure.";
        this.ImplementNode();
        Field<NonNullGraphType<ControlType>>("control").Description("The vendor's control.")
            .Reads("ControlId").Resolve(ctx => ctx.LoadById<Control>(ctx.Source.ControlId));
        Field<NonNullGraphType<RequirementType>>("requirement").Description("The requirement it addresses.")
            .Reads("RequirementId").Resolve(ctx => ctx.LoadById<Requirement>(ctx.Source.RequirementId));
        Field<NonNullGraphType<ControlMappingMethodEnumType>>("method").Description("How the mapping was made.").Reads("Method").Resolve(c => c.Source.Method);
        Field(m => m.Confidence).Description("Confidence in [0, 1].");
        Field(m => m.Path, nullable: true).Description("For DERIVED mappings: the requirement refs walked through the crosswalk.");
        Field<NonNullGraphType<ReviewStateEnumType>>("reviewState").Description("The human decision on the mapping.").Reads("ReviewState").Resolve(c => c.Source.ReviewState);
        Field(m => m.Version).Description("Concurrency version.");
    }
}
