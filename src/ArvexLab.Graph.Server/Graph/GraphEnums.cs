using ArvexLab.Graph.Server.Data.Entities;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Graph;

/// <summary>Enum graph types whose SCREAMING_CASE names are spelled out, so a C# rename never changes the schema.</summary>
public abstract class NamedEnumType<TEnum> : EnumerationGraphType where TEnum : struct, Enum
{
    protected NamedEnumType(string name, string description, params (TEnum Value, string Name, string Description)[] values)
    {
        Name = name;
        Description = description;
        foreach (var (value, valueName, valueDescription) in values)
        {
            Add(valueName, value, valueDescription);
        }
    }
}

public sealed class CriticalityEnumType() : NamedEnumType<Criticality>("Criticality",
    "How much the organization depends on a vendor.",
    (Criticality.Low, "LOW", "Little impact if the vendor fails."),
    (Criticality.Medium, "MEDIUM", "Noticeable impact."),
    (Criticality.High, "HIGH", "Serious impact on operations or data."),
    (Criticality.Critical, "CRITICAL", "Supports a critical or important function (DORA) or essential service (NIS2)."));

public sealed class VendorStatusEnumType() : NamedEnumType<VendorStatus>("VendorStatus",
    "Whether the vendor relationship is current.",
    (VendorStatus.Active, "ACTIVE", "A current vendor."),
    (VendorStatus.Archived, "ARCHIVED", "A former vendor, kept for the record."));

public sealed class EvidenceKindEnumType() : NamedEnumType<EvidenceKind>("EvidenceKind",
    "What kind of evidence a document is.",
    (EvidenceKind.Soc2TypeI, "SOC2_TYPE_I", "SOC 2 Type I: controls suitably designed at a point in time."),
    (EvidenceKind.Soc2TypeII, "SOC2_TYPE_II", "SOC 2 Type II: controls operated effectively over a review period."),
    (EvidenceKind.Soc3, "SOC3", "SOC 3: general-use summary without tests."),
    (EvidenceKind.Iso27001Certificate, "ISO27001_CERTIFICATE", "ISO/IEC 27001 certificate."),
    (EvidenceKind.BridgeLetter, "BRIDGE_LETTER", "Management's letter covering the gap after a SOC period."),
    (EvidenceKind.Other, "OTHER", "Anything else."));

public sealed class EvidenceStatusEnumType() : NamedEnumType<EvidenceStatus>("EvidenceStatus",
    "Where a document is in extraction.",
    (EvidenceStatus.Queued, "QUEUED", "Waiting for an extraction worker."),
    (EvidenceStatus.Extracting, "EXTRACTING", "Being extracted."),
    (EvidenceStatus.Extracted, "EXTRACTED", "Findings extracted and ready for review."),
    (EvidenceStatus.Failed, "FAILED", "Extraction failed; see failure."));

public sealed class EvidenceReviewStatusEnumType() : NamedEnumType<EvidenceReviewStatus>("EvidenceReviewStatus",
    "The reviewer's decision on a whole document.",
    (EvidenceReviewStatus.Pending, "PENDING", "Not yet decided."),
    (EvidenceReviewStatus.Approved, "APPROVED", "Accepted as evidence."),
    (EvidenceReviewStatus.Rejected, "REJECTED", "Not accepted as evidence."));

public sealed class ReviewStateEnumType() : NamedEnumType<ReviewState>("ReviewState",
    "A human's decision on one extracted finding.",
    (ReviewState.Pending, "PENDING", "Not reviewed yet."),
    (ReviewState.Confirmed, "CONFIRMED", "Confirmed as extracted."),
    (ReviewState.Corrected, "CORRECTED", "Corrected by a reviewer; the extracted value is kept beside it."),
    (ReviewState.Rejected, "REJECTED", "Rejected as wrong or irrelevant."));

public sealed class ControlResultEnumType() : NamedEnumType<ControlResult>("ControlResult",
    "The auditor's test result for a control.",
    (ControlResult.NoExceptions, "NO_EXCEPTIONS", "Tested without exceptions."),
    (ControlResult.Exception, "EXCEPTION", "Tested with one or more exceptions."),
    (ControlResult.NotTested, "NOT_TESTED", "Not tested (e.g. no events to test, Type I)."),
    (ControlResult.Unknown, "UNKNOWN", "No result could be read."));

public sealed class OpinionEnumType() : NamedEnumType<Opinion>("Opinion",
    "The service auditor's opinion.",
    (Opinion.Unmodified, "UNMODIFIED", "Clean opinion."),
    (Opinion.Qualified, "QUALIFIED", "Except for the matters described."),
    (Opinion.Adverse, "ADVERSE", "Controls not suitably designed or not operating effectively."),
    (Opinion.Disclaimer, "DISCLAIMER", "The auditor could not form an opinion."));

public sealed class SubserviceMethodEnumType() : NamedEnumType<SubserviceMethod>("SubserviceMethod",
    "How a report treats a subservice organization.",
    (SubserviceMethod.CarveOut, "CARVE_OUT", "Excluded from the report; its controls need evidence of their own."),
    (SubserviceMethod.Inclusive, "INCLUSIVE", "Included in the report's scope and testing."));

public sealed class CuecStatusEnumType() : NamedEnumType<CuecStatus>("CuecStatus",
    "The customer's progress on a complementary user-entity control.",
    (CuecStatus.Open, "OPEN", "Not yet addressed."),
    (CuecStatus.InProgress, "IN_PROGRESS", "Being implemented."),
    (CuecStatus.Implemented, "IMPLEMENTED", "In place."),
    (CuecStatus.NotApplicable, "NOT_APPLICABLE", "Does not apply to how the service is used."));

public sealed class MappingRelationshipEnumType() : NamedEnumType<MappingRelationship>("MappingRelationship",
    "How two requirements relate in a crosswalk.",
    (MappingRelationship.Equal, "EQUAL", "Same intent and extent."),
    (MappingRelationship.Subset, "SUBSET", "The source is narrower than the target."),
    (MappingRelationship.Superset, "SUPERSET", "The source is broader than the target."),
    (MappingRelationship.Intersect, "INTERSECT", "They overlap in part."));

public sealed class ControlMappingMethodEnumType() : NamedEnumType<ControlMappingMethod>("ControlMappingMethod",
    "How a control came to be mapped to a requirement.",
    (ControlMappingMethod.Explicit, "EXPLICIT", "The report names the criterion."),
    (ControlMappingMethod.Derived, "DERIVED", "Through the crosswalk (at most two hops)."),
    (ControlMappingMethod.Inferred, "INFERRED", "From text similarity; needs review."),
    (ControlMappingMethod.Manual, "MANUAL", "Added by a reviewer."));
