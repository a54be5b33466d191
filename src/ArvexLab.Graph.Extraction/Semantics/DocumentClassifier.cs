using System.Text.RegularExpressions;
using ArvexLab.Graph.Extraction.Model;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>Decides the document kind from structural evidence, not from a mere mention.</summary>
public interface IDocumentClassifier
{
    DocumentKind Classify(DocumentContext context);
}

/// <summary>
/// A SOC report must look like an attestation (an auditor's report with an opinion); a
/// certificate must carry a certificate number or certifying statement; a bridge letter must be a
/// short letter about a SOC report's period. A whitepaper that merely says "SOC 2" is UNKNOWN.
/// </summary>
public sealed partial class DocumentClassifier : IDocumentClassifier
{
    public DocumentKind Classify(DocumentContext context)
    {
        var front = context.Front(3).Text;
        var all = context.Flow.Text;
        var pages = context.PageCount;

        var attestation = context.All(SectionKind.AuditorReport).Any() && InOurOpinion().IsMatch(all);
        if (attestation)
        {
            if (Soc3().IsMatch(front) && !Soc2().IsMatch(front))
            {
                return DocumentKind.Soc3;
            }

            if (Soc1().IsMatch(front) && !Soc2().IsMatch(all) && !TrustServices().IsMatch(all))
            {
                return DocumentKind.Unknown;
            }

            if (TypeTwo().IsMatch(front))
            {
                return DocumentKind.Soc2TypeII;
            }

            if (TypeOne().IsMatch(front))
            {
                return DocumentKind.Soc2TypeI;
            }

            return OperatedEffectively().IsMatch(all) ? DocumentKind.Soc2TypeII : DocumentKind.Soc2TypeI;
        }

        if (pages <= 6 && Iso27001().IsMatch(all) && CertificateCue().IsMatch(all) && DateParser.FindAll(all).Count > 0)
        {
            return DocumentKind.Iso27001Certificate;
        }

        if (pages <= 6 && (BridgeCue().IsMatch(all) || MaterialChanges().IsMatch(all) && SocMention().IsMatch(all) && DateParser.FindAll(all).Count >= 2))
        {
            return DocumentKind.BridgeLetter;
        }

        return DocumentKind.Unknown;
    }

    [GeneratedRegex(@"in our opinion", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex InOurOpinion();

    [GeneratedRegex(@"\bSOC\s?3\b|SOC for Service Organizations: Trust Services", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Soc3();

    [GeneratedRegex(@"\bSOC\s?2\b", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Soc2();

    [GeneratedRegex(@"\bSOC\s?1\b|internal control over financial reporting", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Soc1();

    [GeneratedRegex(@"trust services (criteria|principles)", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex TrustServices();

    [GeneratedRegex(@"\bType\s?(II|2)\b", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex TypeTwo();

    [GeneratedRegex(@"\bType\s?(I|1)\b", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex TypeOne();

    [GeneratedRegex(@"operated effectively throughout|operating effectiveness of controls", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex OperatedEffectively();

    [GeneratedRegex(@"ISO\s?/?\s?(IEC)?\s?27001", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Iso27001();

    [GeneratedRegex(@"certificate\s*(no|number|#|reg)|registration\s*(no|number)|cert\.?\s*no|certify that|hereby certif|this is to certify|has been (independently )?assessed|is certified|certificate of registration", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex CertificateCue();

    [GeneratedRegex(@"bridge letter|gap letter", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex BridgeCue();

    [GeneratedRegex(@"material changes?", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex MaterialChanges();

    [GeneratedRegex(@"\bSOC\s?[123]|SOC report|service organization control", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex SocMention();
}
