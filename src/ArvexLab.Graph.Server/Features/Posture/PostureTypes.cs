using ArvexLab.Graph.GraphQL.Querying;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Evidence;
using ArvexLab.Graph.Server.Features.Findings;
using GraphQL;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Posture;

public sealed class VendorPostureType : ObjectGraphType<VendorPosture>
{
    public VendorPostureType()
    {
        Name = "VendorPosture";
        Description = "What a careful reviewer would flag about a vendor's evidence, scored. Computed when evidence changes and re-evaluated daily.";
        Field(p => p.Score).Description("100 minus the flags' severity weights (critical 40, high 25, medium 10, low 3), at least 0.");
        Field<NonNullGraphType<PostureGradeEnumType>>("grade").Description("The score as a letter.").Resolve(c => c.Source.Grade);
        Field(p => p.FlagCount).Description("How many flags.");
        Field(p => p.EvaluatedOn).Description("The date the date-dependent checks (expiry, staleness) were evaluated for.");
        Field(p => p.ComputedAt).Description("When the posture was computed.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PostureFlagType>>>>("flags")
            .Description("The flags, most severe first.")
            .Argument<FlagSeverityEnumType>("minSeverity", "Only flags at least this severe.")
            .Resolve(c =>
            {
                var min = c.GetArgument<FlagSeverity?>("minSeverity");
                return c.Source.Flags.Where(f => min is null || f.Severity >= min).OrderBy(f => f.SortOrder).ToList();
            });
    }
}

public sealed class PostureFlagType : ObjectGraphType<PostureFlag>
{
    public PostureFlagType()
    {
        Name = "PostureFlag";
        Description = "One checklist item the vendor's evidence fails, with the document and place it is printed.";
        Field<NonNullGraphType<PostureFlagCodeEnumType>>("code").Description("What the flag is about.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<FlagSeverityEnumType>>("severity").Description("How much it weighs.").Resolve(c => c.Source.Severity);
        Field(f => f.Message).Description("The flag in a sentence, naming dates, criteria or services.");
        Field(f => f.Subject, nullable: true).Description("What it concerns besides the document: criteria (CC6.1, CC7.2), a service, a subservice organization.");
        Field<EvidenceDocumentType>("document").Description("The document the flag is raised on, when there is one.")
            .Resolve(c => c.Source.DocumentId is { } id ? c.LoadById<EvidenceDocument>(id) : null);
        Field<CitationType>("citation").Description("Where in the document the flagged item is printed, when known.")
            .Resolve(c => c.Source.Page is not { } page ? null : new Citation(page,
                c.Source is { BoxX0: { } x0, BoxY0: { } y0, BoxX1: { } x1, BoxY1: { } y1 } ? [x0, y0, x1, y1] : null));
    }
}
