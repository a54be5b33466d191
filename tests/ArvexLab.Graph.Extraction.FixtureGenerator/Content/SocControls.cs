using ArvexLab.Graph.Extraction.FixtureGenerator.Expectations;

namespace ArvexLab.Graph.Extraction.FixtureGenerator.Content;

/// <summary>A control as printed in one fixture: its ref, result and the texts around it.</summary>
public sealed record SocControl(PoolControl Source, string? Ref, Result? Result, string? ResultText)
{
    public string[] Criteria => Source.Criteria;

    public string? Deviation => Result == Expectations.Result.EXCEPTION ? Source.Deviation : null;
}

public static class SocControls
{
    /// <summary>Deterministically draws the fixture's controls and decides which fail or were not tested.</summary>
    public static List<SocControl> Select(SocSpec spec, SocStyle style)
    {
        var random = new Random(spec.Seed);
        var eligible = ControlPool.All.Where(c => InScope(c, spec.Categories)).ToList();
        var forced = eligible.Where(c => c.Deviation is not null && c.Criteria.Intersect(spec.QualifiedCriteria).Any()).ToList();
        var chosen = eligible.Except(forced).OrderBy(_ => random.Next()).Take(Math.Max(0, spec.ControlCount - forced.Count))
            .Concat(forced).ToHashSet();
        var selected = eligible.Where(chosen.Contains).ToList();

        var failing = forced.Concat(selected.Where(c => c.Deviation is not null && !forced.Contains(c)).OrderBy(_ => random.Next()))
            .Take(Math.Max(spec.Exceptions, forced.Count)).ToHashSet();
        var untested = selected.Where(c => c.NoEvents is not null).OrderBy(_ => random.Next()).Take(spec.NotTested).ToHashSet();
        var vocab = Vocabulary.All[style.Vocabulary];

        var result = new List<SocControl>();
        foreach (var c in selected)
        {
            var reference = MakeRef(style.Refs, c, result);
            if (spec.Kind == Kind.SOC2_TYPE_I)
                result.Add(new SocControl(c, reference, null, null));
            else if (failing.Contains(c))
                result.Add(new SocControl(c, reference, Result.EXCEPTION, vocab.ExceptionPrefix + c.Deviation));
            else if (untested.Contains(c))
                result.Add(new SocControl(c, reference, Result.NOT_TESTED, vocab.NotTested(c.NoEvents!)));
            else
                result.Add(new SocControl(c, reference, Result.NO_EXCEPTIONS, vocab.NoExceptions));
        }
        return result;
    }

    private static string? MakeRef(RefStyle style, PoolControl c, List<SocControl> earlier) => style switch
    {
        RefStyle.CriterionDotted => $"{c.Criteria[0]}.{earlier.Count(e => e.Criteria[0] == c.Criteria[0]) + 1}",
        RefStyle.Sequential => $"C-{earlier.Count + 1:00}",
        RefStyle.Domain => $"{c.Domain}-{earlier.Count(e => e.Source.Domain == c.Domain) + 1:00}",
        _ => null,
    };

    private static bool InScope(PoolControl c, Tsc[] categories)
    {
        var series = c.Criteria[0] switch
        {
            var s when s.StartsWith("CC", StringComparison.Ordinal) => Tsc.SECURITY,
            var s when s.StartsWith("A1", StringComparison.Ordinal) => Tsc.AVAILABILITY,
            var s when s.StartsWith("C1", StringComparison.Ordinal) => Tsc.CONFIDENTIALITY,
            var s when s.StartsWith("PI", StringComparison.Ordinal) => Tsc.PROCESSING_INTEGRITY,
            _ => Tsc.PRIVACY,
        };
        return categories.Contains(series);
    }

    /// <summary>Sort key for criteria ids: CC before A, PI, C, P; then numerically.</summary>
    public static (int, int, int) CriterionKey(string id)
    {
        var letters = new string([.. id.TakeWhile(char.IsLetter)]);
        var parts = id[letters.Length..].Split('.');
        var series = letters switch { "CC" => 0, "A" => 1, "PI" => 2, "C" => 3, _ => 4 };
        return (series, int.Parse(parts[0]), parts.Length > 1 ? int.Parse(parts[1]) : 0);
    }
}
