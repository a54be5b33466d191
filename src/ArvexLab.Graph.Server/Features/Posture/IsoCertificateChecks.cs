using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Frameworks.Catalogs;

namespace ArvexLab.Graph.Server.Features.Posture;

/// <summary>Checks on the vendor's latest ISO/IEC 27001 certificate: validity, edition, accreditation.</summary>
internal static class IsoCertificateChecks
{
    public static IEnumerable<FlagDraft> Run(PostureEvidence evidence, DateOnly today, PostureSettings settings, AccreditationBodyRegistry registry)
    {
        var certificate = evidence.Documents.Where(d => d.Kind == EvidenceKind.Iso27001Certificate)
            .OrderByDescending(d => d.ExpiryDate ?? DateOnly.MinValue).ThenByDescending(d => d.Id).FirstOrDefault();
        if (certificate is null)
        {
            yield break;
        }

        var expiryField = evidence.Field(certificate, "expiryDate");
        if (certificate.ExpiryDate is { } expiry)
        {
            if (expiry < today)
            {
                yield return new FlagDraft(PostureFlagCode.IsoCertificateExpired, FlagSeverity.High,
                    $"The ISO/IEC 27001 certificate expired on {SocReportChecks.Iso(expiry)}.", certificate, expiryField);
            }
            else if (expiry <= today.AddDays(settings.CertificateExpiringWithinDays))
            {
                yield return new FlagDraft(PostureFlagCode.IsoCertificateExpiring, FlagSeverity.Medium,
                    $"The ISO/IEC 27001 certificate expires on {SocReportChecks.Iso(expiry)}, within {settings.CertificateExpiringWithinDays} days; ask for the renewed one.",
                    certificate, expiryField);
            }
        }

        var standardField = evidence.Field(certificate, "standard") ?? evidence.Field(certificate, "standardVersion");
        var standard = CertificateStandard.Printed(evidence.Value(certificate, "standard"), evidence.Value(certificate, "standardVersion"));
        var edition = Iso27001Editions.Parse(standard);
        if ((edition is Iso27001Edition.Edition2013 or Iso27001Edition.Edition2005) && Iso27001Editions.IsWithdrawn(edition, today))
        {
            yield return new FlagDraft(PostureFlagCode.Iso27001Edition2013, FlagSeverity.High,
                $"The certificate is issued against {standard}; certificates to the 2013 edition lapsed after "
                + $"{SocReportChecks.Iso(Iso27001Editions.Edition2013ValidUntil)} (IAF MD 26).", certificate, standardField, standard);
        }

        var accreditation = evidence.Value(certificate, "accreditationBody");
        var body = evidence.Value(certificate, "certificationBody");
        // Certificates often print the accreditation mark next to the certification body only; either names it.
        if (registry.Find(accreditation) is null && registry.Find(body) is null)
        {
            var printed = accreditation ?? body;
            var message = printed is null
                ? "No accreditation body is printed on the certificate; the certificate cannot be verified as accredited."
                : $"'{printed}' is not an accreditation body on the IAF MLA list the project keeps; verify the certificate at iafcertsearch.org.";
            yield return new FlagDraft(PostureFlagCode.AccreditationBodyNotRecognized, FlagSeverity.Medium, message, certificate,
                evidence.Field(certificate, "accreditationBody") ?? evidence.Field(certificate, "certificationBody"), printed);
        }
    }
}
