using ArvexLab.Graph.Extraction.FixtureGenerator.Expectations;
using ArvexLab.Graph.Extraction.FixtureGenerator.Layout;

namespace ArvexLab.Graph.Extraction.FixtureGenerator.Content;

public enum RefStyle { CriterionDotted, Sequential, Domain, None }

/// <summary>Column sets of the Section IV matrix.</summary>
public enum MatrixLayout
{
    /// <summary>Control | Tests | Results; criteria only as section headings.</summary>
    ThreeColumn,
    /// <summary>Ref | Control | Tests | Results.</summary>
    FourColumnRef,
    /// <summary>Criteria | Control | Tests | Results (no refs printed).</summary>
    FourColumnCriteria,
    /// <summary>Criteria | Ref | Control | Tests | Results.</summary>
    FiveColumn,
}

public enum CriteriaShown { Column, GroupRows, Headings }

public enum ResponsePlacement { Inline, LaterSection }

public enum CuecStyle { Table, Numbered, Bulleted }

public enum DateStyle { Us, Day, Ordinal }

/// <summary>What a SOC report says (the facts that become the expected file).</summary>
public sealed record SocSpec
{
    public required Kind Kind { get; init; }
    public required string Company { get; init; }
    public required string Short { get; init; }
    public required string System { get; init; }
    public required string Auditor { get; init; }
    public required string AuditorCity { get; init; }
    public required DateOnly ReportDate { get; init; }
    public DateOnly? PeriodStart { get; init; }
    public required DateOnly PeriodEnd { get; init; }
    public required Tsc[] Categories { get; init; }
    public Opinion Opinion { get; init; } = Opinion.UNMODIFIED;
    public string[] QualifiedCriteria { get; init; } = [];
    public int ControlCount { get; init; } = 24;
    public int Seed { get; init; } = 1;
    public int Exceptions { get; init; }
    public int NotTested { get; init; }
    public required string[] Cuecs { get; init; }
    public (string Name, string Services)[] Subservices { get; init; } = [];
    public Method SubserviceMethod { get; init; } = Method.CARVE_OUT;
}

/// <summary>How the report is typeset: the things that differ between audit firms.</summary>
public sealed record SocStyle
{
    public MatrixLayout Layout { get; init; } = MatrixLayout.FourColumnRef;
    public CriteriaShown Criteria { get; init; } = CriteriaShown.GroupRows;
    public RefStyle Refs { get; init; } = RefStyle.CriterionDotted;
    public bool Ruled { get; init; } = true;
    public bool RepeatHeader { get; init; } = true;
    public bool Shaded { get; init; }
    public bool LandscapeMatrix { get; init; }
    public bool KeepRowsTogether { get; init; }
    public int Vocabulary { get; init; }
    public ResponsePlacement Responses { get; init; } = ResponsePlacement.Inline;
    public CuecStyle CuecStyle { get; init; } = CuecStyle.Table;
    public bool CuecPrefix { get; init; } = true;
    public bool CuecCriteria { get; init; } = true;
    public bool SubserviceTable { get; init; } = true;
    public DateStyle Dates { get; init; } = DateStyle.Us;
    public Theme Theme { get; init; } = new(PaperSize.Letter, Serif: false, Footer: null);
}
