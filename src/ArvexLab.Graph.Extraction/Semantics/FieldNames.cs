namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>The field names of the JSON contract, in output order.</summary>
public static class FieldNames
{
    public static readonly string[] All =
    [
        "serviceOrganization", "systemName", "auditor", "reportDate", "periodStart", "periodEnd", "asOfDate",
        "trustServicesCategories", "opinion", "qualifiedCriteria",
        "organization", "certificateNumber", "standard", "standardVersion", "scope", "sites",
        "certificationBody", "accreditationBody", "accreditationNumber", "soaVersion", "soaDate",
        "originalCertificationDate", "issueDate", "expiryDate", "surveillanceDates",
        "coveredReport", "bridgeThroughDate", "signer", "materialChanges",
    ];
}
