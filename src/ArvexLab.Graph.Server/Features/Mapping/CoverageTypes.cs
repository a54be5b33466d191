using ArvexLab.Graph.GraphQL.DataLoader;
using ArvexLab.Graph.GraphQL.Querying;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Evidence;
using ArvexLab.Graph.Server.Features.Findings;
using ArvexLab.Graph.Server.Features.Frameworks;
using ArvexLab.Graph.Server.Graph;
using GraphQL;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Mapping;

public sealed class CoverageStatusEnumType() : NamedEnumType<CoverageStatus>("CoverageStatus",
    "How well a vendor's evidence covers a requirement.",
    (CoverageStatus.Covered, "COVERED", "A mapped control was tested without exceptions in an approved SOC 2 Type II report."),
    (CoverageStatus.Partial, "PARTIAL", "Exceptions, Type I only, untested, pending review, SOC 3 only or certificate-level only."),
    (CoverageStatus.NotCovered, "NOT_COVERED", "Nothing in the vendor's current evidence reaches the requirement."));

public sealed class FrameworkCoverageType : ObjectGraphType<FrameworkCoverage>
{
    public FrameworkCoverageType()
    {
        Name = "FrameworkCoverage";
        Description = "A vendor's coverage of one framework version, requirement by requirement.";
        Field<NonNullGraphType<FrameworkType>>("framework").Description("The framework version judged.").Resolve(c => c.Source.Framework);
        Field<NonNullGraphType<IntGraphType>>("covered").Description("Requirements COVERED.").Resolve(c => c.Source.Count(CoverageStatus.Covered));
        Field<NonNullGraphType<IntGraphType>>("partial").Description("Requirements PARTIAL.").Resolve(c => c.Source.Count(CoverageStatus.Partial));
        Field<NonNullGraphType<IntGraphType>>("notCovered").Description("Requirements NOT_COVERED.").Resolve(c => c.Source.Count(CoverageStatus.NotCovered));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequirementCoverageType>>>>("requirements")
            .Description("Each requirement in the framework's order.")
            .Argument<ListGraphType<NonNullGraphType<CoverageStatusEnumType>>>("status", "Only requirements with one of these statuses.")
            .Argument<StringGraphType>("refPrefix", "Only requirements whose reference starts with this, e.g. \"Art. 21(2)\".")
            .Resolve(c =>
            {
                var statuses = c.GetArgument<List<CoverageStatus>?>("status");
                var prefix = c.GetArgument<string?>("refPrefix");
                var rows = c.Source.Requirements.Where(r => statuses is null || statuses.Contains(r.Status)).ToList();
                if (prefix is null)
                {
                    return rows;
                }

                // All keys are queued before any result is awaited, so the requirements of every coverage at this level load in one batch.
                var loads = rows.Select(r => c.LoadById<Requirement>(r.RequirementId)).ToArray();
                return new DeferredResult<List<RequirementCoverage>>(async ct =>
                {
                    var requirements = await Task.WhenAll(loads.Select(l => l.GetResultAsync(ct)));
                    return rows.Where((r, i) => requirements[i]?.Ref.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) == true).ToList();
                });
            });
    }
}

public sealed class RequirementCoverageType : ObjectGraphType<RequirementCoverage>
{
    public RequirementCoverageType()
    {
        Name = "RequirementCoverage";
        Description = "One requirement's coverage, why, and the evidence behind it.";
        Field<NonNullGraphType<RequirementType>>("requirement").Description("The requirement.").Resolve(c => c.LoadById<Requirement>(c.Source.RequirementId));
        Field<NonNullGraphType<CoverageStatusEnumType>>("status").Description("COVERED, PARTIAL or NOT_COVERED.").Resolve(c => c.Source.Status);
        Field(r => r.Reason).Description("Why, naming the controls or documents.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ControlType>>>>("controls").Description("The vendor's controls mapped to it.")
            .Resolve(c => c.Source.ControlIds.Select(id => c.LoadById<Control>(id)).ToArray().Combine());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ControlMappingType>>>>("mappings").Description("The mappings (how and how sure).")
            .Resolve(c => c.Source.MappingIds.Select(id => c.LoadById<ControlMapping>(id)).ToArray().Combine());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceDocumentType>>>>("documents").Description("The documents it rests on.")
            .Resolve(c => c.Source.DocumentIds.Select(id => c.LoadById<EvidenceDocument>(id)).ToArray().Combine());
    }
}
