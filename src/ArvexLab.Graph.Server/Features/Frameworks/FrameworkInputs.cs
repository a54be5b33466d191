using ArvexLab.Graph.GraphQL.Filtering;
using ArvexLab.Graph.GraphQL.Sorting;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Graph;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Frameworks;

public sealed class FrameworkFilterInput : FilterInputType<Framework, FrameworkFilterInput>
{
    public FrameworkFilterInput()
    {
        Field("key", f => f.Key, "The framework key.");
        Field("name", f => f.Name, "The framework name.");
        Field("version", f => f.CatalogVersion, "The catalog version.");
        Boolean("isBuiltIn", f => f.IsBuiltIn, "Built in or the organization's own.");
    }
}

public sealed class FrameworkSortInput : SortInputType<Framework, FrameworkSortInput>
{
    public FrameworkSortInput()
    {
        Field("key", f => f.Key, "By key.");
        Field("name", f => f.Name, "By name.");
    }
}

public sealed class RequirementFilterInput : FilterInputType<Requirement, RequirementFilterInput>
{
    public RequirementFilterInput()
    {
        Field("ref", r => r.Ref, "The reference.");
        Field("title", r => r.Title, "The title.");
        Field("text", r => r.Text, "The text.");
        Boolean("isRoot", r => r.ParentId == null, "True for top-level requirements.");
        Object<Requirement, RequirementFilterInput>("parent", r => r.Parent, "The enclosing requirement.");
    }
}

public sealed class RequirementSortInput : SortInputType<Requirement, RequirementSortInput>
{
    public RequirementSortInput()
    {
        Field("position", r => r.SortOrder, "The framework's own order.");
        Field("ref", r => r.Ref, "By reference.");
    }
}

public sealed class ControlMappingFilterInput : FilterInputType<ControlMapping, ControlMappingFilterInput>
{
    public ControlMappingFilterInput()
    {
        Enum<ControlMappingMethodEnumType, ControlMappingMethod>("method", m => m.Method, "How the mapping was made.");
        Enum<ReviewStateEnumType, ReviewState>("reviewState", m => m.ReviewState, "Review decision.");
        Comparable<FloatGraphType, double>("confidence", m => m.Confidence, "Confidence.");
        Object<Requirement, RequirementFilterInput>("requirement", m => m.Requirement, "The mapped requirement.");
    }
}

public sealed class ControlMappingSortInput : SortInputType<ControlMapping, ControlMappingSortInput>
{
    public ControlMappingSortInput() => Field("confidence", m => m.Confidence, "By confidence.");
}
