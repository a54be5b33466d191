using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Frameworks.Catalogs;

namespace ArvexLab.Graph.Server.Features.Posture;

/// <summary>The vendor-review checklist as code: every flag a careful reviewer would raise, most severe first.</summary>
public sealed class PostureChecks(PostureSettings settings, AccreditationBodyRegistry registry)
{
    public IReadOnlyList<FlagDraft> Run(PostureEvidence evidence, DateOnly today)
    {
        var flags = new List<FlagDraft>();
        // Bridge letters and other documents support a report or certificate; on their own they attest nothing.
        if (!evidence.Documents.Any(d => d.Kind is EvidenceKind.Soc2TypeI or EvidenceKind.Soc2TypeII or EvidenceKind.Soc3 or EvidenceKind.Iso27001Certificate))
        {
            flags.Add(new FlagDraft(PostureFlagCode.NoEvidence, FlagSeverity.High,
                "No SOC report or ISO/IEC 27001 certificate is on file (extracted and not rejected) for this vendor."));
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
