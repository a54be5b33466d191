using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Graph;

namespace ArvexLab.Graph.Server.Features.Posture;

public sealed class PostureGradeEnumType() : NamedEnumType<PostureGrade>("PostureGrade",
    "A letter for the posture score: A ≥ 90, B ≥ 75, C ≥ 60, D ≥ 40, F below.",
    (PostureGrade.A, "A", "Score 90 or more."),
    (PostureGrade.B, "B", "Score 75 to 89."),
    (PostureGrade.C, "C", "Score 60 to 74."),
    (PostureGrade.D, "D", "Score 40 to 59."),
    (PostureGrade.F, "F", "Score below 40."));

public sealed class FlagSeverityEnumType() : NamedEnumType<FlagSeverity>("FlagSeverity",
    "How much a posture flag weighs (score penalty in brackets).",
    (FlagSeverity.Info, "INFO", "For information (0)."),
    (FlagSeverity.Low, "LOW", "Worth a follow-up (3)."),
    (FlagSeverity.Medium, "MEDIUM", "Needs an answer from the vendor (10)."),
    (FlagSeverity.High, "HIGH", "The evidence cannot be relied on as it stands (25)."),
    (FlagSeverity.Critical, "CRITICAL", "The evidence contradicts the vendor's claims (40)."));

public sealed class PostureFlagCodeEnumType() : NamedEnumType<PostureFlagCode>("PostureFlagCode",
    "What a posture flag is about: one item of the vendor-review checklist.",
    (PostureFlagCode.NoEvidence, "NO_EVIDENCE", "No extracted evidence is on file."),
    (PostureFlagCode.ScopeMissingService, "SCOPE_MISSING_SERVICE", "A consumed service is not named in the evidence's scope."),
    (PostureFlagCode.Soc2TypeIOnly, "SOC2_TYPE_I_ONLY", "Only a SOC 2 Type I report: design, not operating effectiveness."),
    (PostureFlagCode.Soc2PeriodTooShort, "SOC2_PERIOD_TOO_SHORT", "The Type II review period is shorter than the setting (6 months by default)."),
    (PostureFlagCode.Soc2PeriodStale, "SOC2_PERIOD_STALE", "The SOC report's period ended more than 12 months ago."),
    (PostureFlagCode.BridgeLetterMissing, "BRIDGE_LETTER_MISSING", "The period ended more than 3 months ago and no bridge letter covers today."),
    (PostureFlagCode.OpinionModified, "OPINION_MODIFIED", "The auditor's opinion is qualified, adverse or a disclaimer."),
    (PostureFlagCode.ControlException, "CONTROL_EXCEPTION", "The auditor found an exception (one flag per exception)."),
    (PostureFlagCode.CarvedOutSubserviceWithoutEvidence, "CARVED_OUT_SUBSERVICE_WITHOUT_EVIDENCE", "A carved-out subservice organization has no evidence on file."),
    (PostureFlagCode.IsoCertificateExpired, "ISO_CERTIFICATE_EXPIRED", "The ISO/IEC 27001 certificate has expired."),
    (PostureFlagCode.IsoCertificateExpiring, "ISO_CERTIFICATE_EXPIRING", "The ISO/IEC 27001 certificate expires within 90 days."),
    (PostureFlagCode.Iso27001Edition2013, "ISO27001_EDITION_2013", "The certificate is to ISO/IEC 27001:2013, lapsed after 31 Oct 2025."),
    (PostureFlagCode.AccreditationBodyNotRecognized, "ACCREDITATION_BODY_NOT_RECOGNIZED", "The certificate names no accreditation body on the IAF MLA list."),
    (PostureFlagCode.CuecWithoutOwner, "CUEC_WITHOUT_OWNER", "A complementary user-entity control has no owner in the organization."),
    (PostureFlagCode.Soc3Only, "SOC3_ONLY", "Only a SOC 3 report: no tests or exceptions described."));
