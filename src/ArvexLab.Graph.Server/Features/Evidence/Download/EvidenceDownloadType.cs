using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Evidence.Download;

public sealed class EvidenceDownloadLinkType : ObjectGraphType<EvidenceDownloadLink>
{
    public EvidenceDownloadLinkType()
    {
        Name = "EvidenceDownloadLink";
        Description = "A short-lived link to the original PDF; the link itself is the credential, so do not share or log it.";
        Field(l => l.Url).Description("GET it to receive the PDF (hash-verified against the stored SHA-256).");
        Field(l => l.ExpiresAt).Description("After this time the link answers 403; ask for a new one.");
    }
}
