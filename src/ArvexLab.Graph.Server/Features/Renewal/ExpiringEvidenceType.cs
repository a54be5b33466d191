using ArvexLab.Graph.GraphQL.Querying;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Evidence;
using ArvexLab.Graph.Server.Features.Vendors;
using ArvexLab.Graph.Server.Graph;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Renewal;

public sealed class ExpiryBasisEnumType() : NamedEnumType<ExpiryBasis>("ExpiryBasis",
    "Where an expiry date comes from.",
    (ExpiryBasis.CertificateExpiry, "CERTIFICATE_EXPIRY", "The ISO certificate's own expiry date."),
    (ExpiryBasis.ReportPeriodEndPlus12Months, "REPORT_PERIOD_END_PLUS_12_MONTHS", "A SOC report's period end plus 12 months."));

public sealed class ExpiringEvidenceType : ObjectGraphType<DocumentExpiry>
{
    public ExpiringEvidenceType()
    {
        Name = "ExpiringEvidence";
        Description = "A vendor's current evidence that has expired or expires within the window asked for.";
        Field<NonNullGraphType<EvidenceDocumentType>>("document").Description("The document.").Resolve(c => c.Source.Document);
        Field<NonNullGraphType<VendorType>>("vendor").Description("The vendor it is about.")
            .Resolve(c => c.LoadById<Vendor>(c.Source.Document.VendorId));
        Field<NonNullGraphType<DateOnlyGraphType>>("expiresOn").Description("When the evidence stops being current.").Resolve(c => c.Source.ExpiresOn);
        Field<NonNullGraphType<ExpiryBasisEnumType>>("basis").Description("Where the date comes from.").Resolve(c => c.Source.Basis);
        Field<NonNullGraphType<IntGraphType>>("daysRemaining").Description("Days from today (UTC) to expiry; negative once expired.").Resolve(c => c.Source.DaysRemaining);
        Field<NonNullGraphType<BooleanGraphType>>("expired").Description("True when the date has passed.").Resolve(c => c.Source.Expired);
    }
}
