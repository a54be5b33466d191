using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Frameworks.Catalogs;

namespace ArvexLab.Graph.Server.Features.Posture;

/// <summary>The vendor-review checklist as code: every flag a careful reviewer would raise, most severe first.</summary>
public sealed class PostureChecks(PostureSettings settings, AccreditationBodyRegistry registry)
{
    public IReadOnlyList<FlagDraft> Run(PostureEvidence evidence, DateOnly today)
    {
        var flags = new List<FlagDraft>();
        if (evidence.Documents.Count == 0)
        {
            flags.Add(new FlagDraft(PostureFlagCode.NoEvidence, FlagSeverity.High, "No extracted evidence is on file for this vendor."));
        }
        else
        {
            flags.AddRange(ScopeChecks.Run(evidence));
            flags.AddRange(SocReportChecks.Run(evidence, today, settings));
            flags.AddRange(IsoCertificateChecks.Run(evidence, today, settings, registry));
        }

        // Stable order: severity, then the checklist's order (the code), then where it is printed.
        return flags.Select((f, i) => (f, i)).OrderByDescending(x => x.f.Severity).ThenBy(x => x.f.Code).ThenBy(x => x.i).Select(x => x.f).ToList();
    }
}
