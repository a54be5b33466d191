using System.Globalization;
using System.Text.RegularExpressions;
using ArvexLab.Graph.Server.Data.Entities;

namespace ArvexLab.Graph.Server.Features.Mapping;

/// <summary>A mapping the engine proposes for one control.</summary>
public sealed record MappingProposal(long RequirementId, ControlMappingMethod Method, double Confidence, string? Path);

/// <summary>
/// Proposes a control's mappings. EXPLICIT: the criteria the report lists the control under (TSC "CC6.1", or an
/// ISO/IEC 27001:2022 reference), at the control's extraction confidence. DERIVED: from each explicit requirement
/// through the crosswalk, at most <see cref="MaxHops"/> steps, each step multiplying the confidence by
/// <see cref="HopDecay"/> and a factor for its relationship; the best path per requirement wins and is recorded.
/// INFERRED: only for controls with no recognised criteria, the best TF-IDF matches of the control's text among
/// TSC criteria and Annex A controls, confidence capped at <see cref="InferredCeiling"/>.
/// </summary>
public sealed partial class MappingProposals(CrosswalkGraph graph)
{
    public const string TscKey = "soc2-tsc-2017";
    public const string IsoKey = "iso27001-2022";
    public const int MaxHops = 2;
    public const double HopDecay = 0.9;
    public const double InferredCeiling = 0.6;
    public const double InferredThreshold = 0.15;
    public const int InferredPerCatalog = 2;

    private TextSimilarity? similarity;
    private List<RequirementNode>? inferenceCorpus;

    public static double RelationshipFactor(MappingRelationship relationship) => relationship switch
    {
        MappingRelationship.Equal => 1.0,
        MappingRelationship.Superset => 0.95, // the control's requirement covers all of the next one
        MappingRelationship.Subset => 0.85,   // it covers part of it
        _ => 0.75,                            // INTERSECT: they overlap
    };

    public IReadOnlyList<MappingProposal> For(Control control)
    {
        var explicitHits = control.Criteria.Select(Resolve).OfType<RequirementNode>().DistinctBy(r => r.Id).ToList();
        var proposals = new Dictionary<long, MappingProposal>();
        var confidence = Math.Round(Math.Clamp(control.Confidence, 0, 1), 3);
        foreach (var requirement in explicitHits)
        {
            proposals[requirement.Id] = new MappingProposal(requirement.Id, ControlMappingMethod.Explicit, confidence, null);
        }

        foreach (var start in explicitHits)
        {
            Walk(start, start, confidence, $"{start.FrameworkKey} {start.Ref}", 0, proposals);
        }

        if (explicitHits.Count == 0)
        {
            foreach (var inferred in Infer(control.Description))
            {
                proposals[inferred.RequirementId] = inferred;
            }
        }

        return proposals.Values.ToList();
    }

    private void Walk(RequirementNode start, RequirementNode at, double confidence, string path, int hops, Dictionary<long, MappingProposal> proposals)
    {
        if (hops == MaxHops)
        {
            return;
        }

        foreach (var edge in graph.From(at.Id))
        {
            if (edge.Target.FrameworkKey == start.FrameworkKey)
            {
                continue; // back into the control's own catalog: not a new obligation
            }

            var next = Math.Round(confidence * HopDecay * RelationshipFactor(edge.Relationship), 3);
            var nextPath = $"{path} → {edge.Relationship.ToString().ToUpperInvariant()} → {edge.Target.FrameworkKey} {edge.Target.Ref}";
            if (!proposals.TryGetValue(edge.Target.Id, out var known) || (known.Method == ControlMappingMethod.Derived && known.Confidence < next))
            {
                proposals[edge.Target.Id] = new MappingProposal(edge.Target.Id, ControlMappingMethod.Derived, next, nextPath);
            }

            Walk(start, edge.Target, next, nextPath, hops + 1, proposals);
        }
    }

    private IEnumerable<MappingProposal> Infer(string description)
    {
        inferenceCorpus ??= graph.Requirements.Where(r => r.FrameworkKey == TscKey || (r.FrameworkKey == IsoKey && r.Ref.StartsWith("A.", StringComparison.Ordinal)))
            .Where(r => r.Text is not null || r.FrameworkKey == IsoKey).ToList();
        similarity ??= new TextSimilarity(inferenceCorpus.Select(r => $"{r.Title} {r.Text}").ToList());
        var scores = similarity.Scores(description);
        return inferenceCorpus.Select((r, i) => (Requirement: r, Score: scores[i]))
            .Where(s => s.Score >= InferredThreshold)
            .GroupBy(s => s.Requirement.FrameworkKey)
            .SelectMany(g => g.OrderByDescending(s => s.Score).Take(InferredPerCatalog))
            .Select(s => new MappingProposal(s.Requirement.Id, ControlMappingMethod.Inferred, Math.Round(Math.Min(InferredCeiling, s.Score), 3),
                "text similarity " + s.Score.ToString("0.00", CultureInfo.InvariantCulture)));
    }

    /// <summary>"CC6.1", "CC 6.1", "cc6.1.2" (a point of focus, read as its criterion) or "A.8.5".</summary>
    private RequirementNode? Resolve(string criterion)
    {
        var text = Spaces().Replace(criterion.Trim(), "").ToUpperInvariant();
        if (Tsc().Match(text) is { Success: true } tsc)
        {
            return graph.Find(TscKey, tsc.Groups[1].Value);
        }

        return Annex().Match(text) is { Success: true } annex ? graph.Find(IsoKey, annex.Groups[1].Value) : null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^((?:CC|A|C|PI|P)\d+\.\d+)(?:\.\d+)?$")]
    private static partial Regex Tsc();

    [GeneratedRegex(@"^(A\.\d+\.\d+)$")]
    private static partial Regex Annex();
}
