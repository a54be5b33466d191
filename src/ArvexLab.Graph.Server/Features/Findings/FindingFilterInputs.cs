using ArvexLab.Graph.GraphQL.Filtering;
using ArvexLab.Graph.GraphQL.Sorting;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Evidence;
using ArvexLab.Graph.Server.Graph;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Findings;

/// <summary>Filter fields every finding has: confidence, review state, page, document.</summary>
public abstract class FindingFilterInputType<T, TSelf> : FilterInputType<T, TSelf>
    where T : Finding
    where TSelf : FindingFilterInputType<T, TSelf>
{
    protected FindingFilterInputType()
    {
        Comparable<FloatGraphType, double>("confidence", f => f.Confidence, "The extractor's confidence.");
        Enum<ReviewStateEnumType, ReviewState>("reviewState", f => f.ReviewState, "The review decision.");
        Comparable<IntGraphType, int?>("page", f => f.Page, "The cited page.");
        Boolean("addedManually", f => f.AddedManually, "Added by a reviewer.");
        Object<EvidenceDocument, EvidenceDocumentFilterInput>("document", f => f.Document, "The source document.");
    }
}

/// <summary>Sort keys every finding has.</summary>
public abstract class FindingSortInputType<T, TSelf> : SortInputType<T, TSelf>
    where T : Finding
    where TSelf : FindingSortInputType<T, TSelf>
{
    protected FindingSortInputType()
    {
        Field("confidence", f => f.Confidence, "By confidence.");
        Field("page", f => f.Page ?? 0, "By cited page (document order).");
        Field("reviewState", f => f.ReviewState, "By review state.");
    }
}

public sealed class ExtractedFieldFilterInput : FindingFilterInputType<ExtractedField, ExtractedFieldFilterInput>
{
    public ExtractedFieldFilterInput() => Field("name", f => f.Name, "The field's name.");
}

public sealed class ExtractedFieldSortInput : FindingSortInputType<ExtractedField, ExtractedFieldSortInput>
{
    public ExtractedFieldSortInput() => Field("name", f => f.Name, "By name.");
}

public sealed class ControlFilterInput : FindingFilterInputType<Control, ControlFilterInput>
{
    public ControlFilterInput()
    {
        Field("ref", c => c.Ref, "The control reference.");
        Field("description", c => c.Description, "The control's text.");
        Enum<ControlResultEnumType, ControlResult>("result", c => c.Result, "The test result.");
        StringList("criteria", c => c.Criteria, "Criteria the control is listed under.");
    }
}

public sealed class ControlSortInput : FindingSortInputType<Control, ControlSortInput>
{
    public ControlSortInput()
    {
        Field("ref", c => c.Ref ?? "", "By reference.");
        Field("result", c => c.Result, "By result.");
    }
}

public sealed class ControlExceptionFilterInput : FindingFilterInputType<ControlException, ControlExceptionFilterInput>
{
    public ControlExceptionFilterInput()
    {
        Field("controlRef", e => e.ControlRef, "The control reference.");
        Field("description", e => e.Description, "The exception's text.");
        StringList("criteria", e => e.Criteria, "Criteria concerned.");
    }
}

public sealed class ControlExceptionSortInput : FindingSortInputType<ControlException, ControlExceptionSortInput>
{
    public ControlExceptionSortInput() => Field("controlRef", e => e.ControlRef ?? "", "By control reference.");
}

public sealed class CuecFilterInput : FindingFilterInputType<Cuec, CuecFilterInput>
{
    public CuecFilterInput()
    {
        Field("description", c => c.Description, "The CUEC's text.");
        Field("owner", c => c.Owner, "Its owner.");
        Enum<CuecStatusEnumType, CuecStatus>("status", c => c.Status, "The organization's progress.");
        Comparable<DateOnlyGraphType, DateOnly?>("dueDate", c => c.DueDate, "When it is due.");
        StringList("criteria", c => c.Criteria, "Criteria concerned.");
    }
}

public sealed class CuecSortInput : FindingSortInputType<Cuec, CuecSortInput>
{
    public CuecSortInput()
    {
        Field("status", c => c.Status, "By status.");
        Field("dueDate", c => c.DueDate ?? DateOnly.MaxValue, "By due date (undated last ascending).");
    }
}

public sealed class SubserviceOrganizationFilterInput : FindingFilterInputType<SubserviceOrganization, SubserviceOrganizationFilterInput>
{
    public SubserviceOrganizationFilterInput()
    {
        Field("name", s => s.Name, "Its name.");
        Enum<SubserviceMethodEnumType, SubserviceMethod>("method", s => s.Method, "Carve-out or inclusive.");
    }
}

public sealed class SubserviceOrganizationSortInput : FindingSortInputType<SubserviceOrganization, SubserviceOrganizationSortInput>
{
    public SubserviceOrganizationSortInput() => Field("name", s => s.Name, "By name.");
}
