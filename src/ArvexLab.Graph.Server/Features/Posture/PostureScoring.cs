using ArvexLab.Graph.Server.Data.Entities;

namespace ArvexLab.Graph.Server.Features.Posture;

/// <summary>
/// Score = 100 minus a weight per flag (critical 40, high 25, medium 10, low 3), floored at 0; grade A ≥ 90,
/// B ≥ 75, C ≥ 60, D ≥ 40, else F. Simple on purpose: a reviewer can recompute it by hand from the flags.
/// </summary>
public static class PostureScoring
{
    public static int Weight(FlagSeverity severity) => severity switch
    {
        FlagSeverity.Critical => 40,
        FlagSeverity.High => 25,
        FlagSeverity.Medium => 10,
        FlagSeverity.Low => 3,
        _ => 0,
    };

    public static int Score(IEnumerable<FlagDraft> flags) => Math.Max(0, 100 - flags.Sum(f => Weight(f.Severity)));

    public static PostureGrade Grade(int score) => score switch
    {
        >= 90 => PostureGrade.A,
        >= 75 => PostureGrade.B,
        >= 60 => PostureGrade.C,
        >= 40 => PostureGrade.D,
        _ => PostureGrade.F,
    };
}
