using ArvexLab.Graph.GraphQL.Paging;
using ArvexLab.Graph.GraphQL.Querying;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Cuecs;
using ArvexLab.Graph.Server.Features.Frameworks;
using ArvexLab.Graph.Server.Graph;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Findings;

public sealed class ExtractedFieldType : ObjectGraphType<ExtractedField>
{
    public ExtractedFieldType()
    {
        Name = "ExtractedField";
        Description = "A named fact extracted from a document (periodEnd, opinion, certificateNumber…).";
        this.AddFindingFields();
        Field(f => f.Name).Description("The field's name, e.g. periodEnd.");
        Field<StringGraphType>("value").Description("The current value: the reviewed value when corrected, else the extracted one.")
            .Reads("ReviewedValue", "Value").Resolve(c => c.Source.ReviewedValue ?? c.Source.Value);
        Field("extractedValue", f => f.Value, nullable: true).Description("The value as extracted.");
        Field(f => f.ReviewedValue, nullable: true).Description("The value a reviewer set, when corrected.");
    }
}

public sealed class ControlType : ObjectGraphType<Control>
{
    public ControlType()
    {
        Name = "Control";
        Description = "A control from a SOC report with the auditor's tests and result.";
        this.AddFindingFields();
        Field(c => c.Ref, nullable: true).Description("The reference as printed (CC6.1.2, C-01, AC-03), or null.");
        Field(c => c.Description).Description("What the control does.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("criteria")
            .Description("Criteria the report lists the control under (e.g. CC6.1).").Reads("Criteria").Resolve(c => c.Source.Criteria);
        Field(c => c.TestsPerformed, nullable: true).Description("The auditor's tests.");
        Field<NonNullGraphType<ControlResultEnumType>>("result").Description("The test result.").Reads("Result").Resolve(c => c.Source.Result);
        Field(c => c.ResultText, nullable: true).Description("The result as printed.");
        this.Connection<ControlException, ControlExceptionType>("exceptions")
            .Description("Exceptions found testing this control.")
            .Filter<ControlExceptionFilterInput>().Sort<ControlExceptionSortInput>()
            .ResolveChildren((Control c) => c.Id, e => e.ControlId ?? 0, q => q.Set<ControlException>());
        this.Connection<ControlMapping, ControlMappingType>("mappings")
            .Description("Requirements this control is mapped to.")
            .Filter<ControlMappingFilterInput>().Sort<ControlMappingSortInput>()
            .ResolveChildren((Control c) => c.Id, m => m.ControlId, q => q.Set<ControlMapping>());
    }
}

public sealed class ControlExceptionType : ObjectGraphType<ControlException>
{
    public ControlExceptionType()
    {
        Name = "ControlException";
        Description = "A deviation the auditor found while testing a control.";
        this.AddFindingFields();
        Field<ControlType>("control").Description("The control, when it could be matched.")
            .Reads("ControlId").Resolve(ctx => ctx.Source.ControlId is { } id ? ctx.LoadById<Control>(id) : null);
        Field(e => e.ControlRef, nullable: true).Description("The control reference as printed.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("criteria").Description("Criteria concerned.").Reads("Criteria").Resolve(c => c.Source.Criteria);
        Field(e => e.Description).Description("The exception as described by the auditor.");
        Field(e => e.ManagementResponse, nullable: true).Description("Management's response, wherever printed.");
    }
}

public sealed class CuecType : ObjectGraphType<Cuec>
{
    public CuecType()
    {
        Name = "Cuec";
        Description = "A complementary user-entity control: something the customer must do for the vendor's controls to work.";
        this.AddFindingFields();
        Field(c => c.Description).Description("What the customer must do.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("criteria").Description("Criteria concerned.").Reads("Criteria").Resolve(c => c.Source.Criteria);
        Field(c => c.Owner, nullable: true).Description("Who in the organization owns it.");
        Field<NonNullGraphType<CuecStatusEnumType>>("status").Description("The organization's progress.").Reads("Status").Resolve(c => c.Source.Status);
        Field(c => c.DueDate, nullable: true).Description("When it should be in place.");
        this.AddCuecRollupFields();
    }
}

public sealed class SubserviceOrganizationType : ObjectGraphType<SubserviceOrganization>
{
    public SubserviceOrganizationType()
    {
        Name = "SubserviceOrganization";
        Description = "A subservice organization the vendor relies on.";
        this.AddFindingFields();
        Field(s => s.Name).Description("Its name (e.g. Amazon Web Services).");
        Field(s => s.Services, nullable: true).Description("What it provides.");
        Field<NonNullGraphType<SubserviceMethodEnumType>>("method").Description("Carve-out or inclusive.").Reads("Method").Resolve(c => c.Source.Method);
    }
}
