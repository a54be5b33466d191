using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Frameworks.Catalogs;

namespace ArvexLab.Graph.Server.Features.Posture;

/// <summary>Does the evidence's scope name each service the organization consumes? (checklist item 1)</summary>
internal static class ScopeChecks
{
    public static IEnumerable<FlagDraft> Run(PostureEvidence evidence)
    {
        var scopes = evidence.Documents
            .Where(d => d.Kind is not (EvidenceKind.BridgeLetter or EvidenceKind.Other))
            .SelectMany(d => new[] { "scope", "systemName" }.Select(name => (Document: d, Field: evidence.Field(d, name), Text: evidence.Value(d, name))))
            .Where(s => s.Text is not null)
            .ToList();
        foreach (var service in evidence.Vendor.Services)
        {
            if (scopes.Any(s => Names(s.Text!, service)))
            {
                continue;
            }

            var shown = scopes.FirstOrDefault();
            var message = shown.Text is null
                ? $"'{service}' is consumed, but no scope was extracted from the evidence on file; check the system description."
                : $"'{service}' is consumed, but the evidence's scope does not name it (scope: \"{SocReportChecks.Shorten(shown.Text, 200)}\").";
            yield return new FlagDraft(PostureFlagCode.ScopeMissingService, FlagSeverity.Medium, message, shown.Document, shown.Field, service);
        }
    }

    /// <summary>All words of the service name appear in the scope text (case, accents and punctuation ignored).</summary>
    internal static bool Names(string scope, string service)
    {
        var words = $" {AccreditationBodyRegistry.Normalize(scope)} ";
        var wanted = AccreditationBodyRegistry.Normalize(service).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return wanted.Length > 0 && wanted.All(w => words.Contains($" {w} ", StringComparison.Ordinal));
    }
}
