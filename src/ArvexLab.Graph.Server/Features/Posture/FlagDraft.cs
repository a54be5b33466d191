using ArvexLab.Graph.Server.Data.Entities;

namespace ArvexLab.Graph.Server.Features.Posture;

/// <summary>A flag as a check raises it: the finding it cites (for page and box) is resolved when it is stored.</summary>
public sealed record FlagDraft(
    PostureFlagCode Code, FlagSeverity Severity, string Message, EvidenceDocument? Document = null, Finding? Cites = null, string? Subject = null)
{
    public PostureFlag ToEntity(long organizationId, int sortOrder) => new()
    {
        OrganizationId = organizationId,
        Code = Code,
        Severity = Severity,
        Message = Message.Length > 1000 ? Message[..997] + "..." : Message,
        Subject = Subject is { Length: > 1000 } ? Subject[..1000] : Subject,
        DocumentId = Document?.Id,
        Page = Cites?.Page,
        BoxX0 = Cites?.BoxX0,
        BoxY0 = Cites?.BoxY0,
        BoxX1 = Cites?.BoxX1,
        BoxY1 = Cites?.BoxY1,
        SortOrder = sortOrder,
    };
}
