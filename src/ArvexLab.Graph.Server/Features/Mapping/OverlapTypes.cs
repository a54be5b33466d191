using ArvexLab.Graph.GraphQL.Querying;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Frameworks;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Mapping;

public sealed class FrameworkOverlapType : ObjectGraphType<FrameworkOverlap>
{
    public FrameworkOverlapType()
    {
        Name = "FrameworkOverlap";
        Description = "Shared and unique requirements of two frameworks, through the crosswalk (directly or via one pivot requirement).";
        Field<NonNullGraphType<FrameworkType>>("source").Description("The first framework (newest version).").Resolve(c => c.Source.Source);
        Field<NonNullGraphType<FrameworkType>>("target").Description("The second framework (newest version).").Resolve(c => c.Source.Target);
        Field<NonNullGraphType<IntGraphType>>("sharedCount").Description("Source requirements with a counterpart.").Resolve(c => c.Source.Shared.Count);
        Field<NonNullGraphType<IntGraphType>>("sourceOnlyCount").Description("Source requirements without one.").Resolve(c => c.Source.SourceOnlyIds.Count);
        Field<NonNullGraphType<IntGraphType>>("targetOnlyCount").Description("Target requirements nothing in the source reaches.").Resolve(c => c.Source.TargetOnlyIds.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequirementCorrespondenceType>>>>("shared")
            .Description("Source requirements and their counterparts.").Resolve(c => c.Source.Shared);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequirementType>>>>("sourceOnly").Description("Source requirements with no counterpart.")
            .Resolve(c => c.Source.SourceOnlyIds.Select(id => c.LoadById<Requirement>(id)).ToArray().Combine());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequirementType>>>>("targetOnly").Description("Target requirements with no counterpart.")
            .Resolve(c => c.Source.TargetOnlyIds.Select(id => c.LoadById<Requirement>(id)).ToArray().Combine());
    }
}

public sealed class RequirementCorrespondenceType : ObjectGraphType<RequirementCorrespondence>
{
    public RequirementCorrespondenceType()
    {
        Name = "RequirementCorrespondence";
        Description = "A source requirement and the target requirements it corresponds to.";
        Field<NonNullGraphType<RequirementType>>("requirement").Description("The source requirement.").Resolve(c => c.LoadById<Requirement>(c.Source.RequirementId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequirementType>>>>("counterparts").Description("Its counterparts in the target framework.")
            .Resolve(c => c.Source.CounterpartIds.Select(id => c.LoadById<Requirement>(id)).ToArray().Combine());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("paths")
            .Description("How each counterpart is reached, in the same order: the relationship, or the pivot requirement.").Resolve(c => c.Source.Paths);
    }
}
