using ArvexLab.Graph.GraphQL.Filtering;
using ArvexLab.Graph.Server.Data.Entities;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Posture;

/// <summary>Filter on a vendor's stored posture: <c>vendors(where: { posture: { grade: { in: [D, F] } } })</c>.</summary>
public sealed class VendorPostureFilterInput : FilterInputType<VendorPosture, VendorPostureFilterInput>
{
    public VendorPostureFilterInput()
    {
        Comparable<IntGraphType, int>("score", p => p.Score, "The posture score.");
        Enum<PostureGradeEnumType, PostureGrade>("grade", p => p.Grade, "The grade.");
        Comparable<IntGraphType, int>("flagCount", p => p.FlagCount, "How many flags.");
        List<PostureFlag, PostureFlagFilterInput>("flags", p => p.Flags, "The flags: `some`, `all`, `none`.");
    }
}

public sealed class PostureFlagFilterInput : FilterInputType<PostureFlag, PostureFlagFilterInput>
{
    public PostureFlagFilterInput()
    {
        Enum<PostureFlagCodeEnumType, PostureFlagCode>("code", f => f.Code, "The flag's code.");
        Enum<FlagSeverityEnumType, FlagSeverity>("severity", f => f.Severity, "The flag's severity.");
        Field("subject", f => f.Subject, "Criteria, service or organization the flag concerns.");
    }
}
