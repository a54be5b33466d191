using ArvexLab.Graph.Server.Graph;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Review;

// A finding's values as a reviewer corrects or adds them: omitted fields stay as they are (CORRECT) or empty (add).

public sealed class ControlValuesInputType : InputObjectGraphType
{
    public ControlValuesInputType()
    {
        Name = "ControlValuesInput";
        Description = "A control's values set by a reviewer; omitted fields keep their current value.";
        Field<StringGraphType>("ref").Description("The reference as printed (null clears it).");
        Field<StringGraphType>("description").Description("What the control does (required when adding).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("criteria").Description("Criteria the control is listed under; replaces the list.");
        Field<StringGraphType>("testsPerformed").Description("The auditor's tests.");
        Field<ControlResultEnumType>("result").Description("The test result.");
        Field<StringGraphType>("resultText").Description("The result as printed.");
    }
}

public sealed class ControlExceptionValuesInputType : InputObjectGraphType
{
    public ControlExceptionValuesInputType()
    {
        Name = "ControlExceptionValuesInput";
        Description = "An exception's values set by a reviewer; omitted fields keep their current value.";
        Field<StringGraphType>("controlRef").Description("The control reference as printed.");
        Field<StringGraphType>("description").Description("The exception as described by the auditor (required when adding).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("criteria").Description("Criteria concerned; replaces the list.");
        Field<StringGraphType>("managementResponse").Description("Management's response.");
    }
}

public sealed class CuecValuesInputType : InputObjectGraphType
{
    public CuecValuesInputType()
    {
        Name = "CuecValuesInput";
        Description = "A CUEC's values set by a reviewer; omitted fields keep their current value.";
        Field<StringGraphType>("description").Description("What the customer must do (required when adding).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("criteria").Description("Criteria concerned; replaces the list.");
    }
}

public sealed class SubserviceOrganizationValuesInputType : InputObjectGraphType
{
    public SubserviceOrganizationValuesInputType()
    {
        Name = "SubserviceOrganizationValuesInput";
        Description = "A subservice organization's values set by a reviewer; omitted fields keep their current value.";
        Field<StringGraphType>("name").Description("Its name.");
        Field<StringGraphType>("services").Description("What it provides.");
        Field<SubserviceMethodEnumType>("method").Description("Carve-out or inclusive.");
    }
}
