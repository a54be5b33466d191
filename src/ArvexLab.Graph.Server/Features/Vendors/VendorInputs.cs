using ArvexLab.Graph.GraphQL.Querying;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Graph;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Vendors;

public sealed class CreateVendorInputType : InputObjectGraphType
{
    public CreateVendorInputType()
    {
        Name = "CreateVendorInput";
        Description = "A new vendor.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The vendor's name (unique among the organization's vendors).");
        Field<StringGraphType>("website").Description("http(s) URL of the vendor's website.");
        Field<CriticalityEnumType>("criticality").Description("Defaults to MEDIUM.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("services").Description("The vendor's services the organization consumes.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tags").Description("Labels.");
        Field<StringGraphType>("owner").Description("Who owns the relationship.");
        Field<StringGraphType>("notes").Description("Notes.");
    }
}

public sealed class UpdateVendorInputType : InputObjectGraphType
{
    public UpdateVendorInputType()
    {
        Name = "UpdateVendorInput";
        Description = "Changes to a vendor: omitted fields stay as they are.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The vendor's ID.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you last read; a stale version is a CONFLICT.");
        Field<StringGraphType>("name").Description("New name.");
        Field<StringGraphType>("website").Description("New website (null clears it).");
        Field<CriticalityEnumType>("criticality").Description("New criticality.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("services").Description("Replaces the consumed services.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tags").Description("Replaces the labels.");
        Field<StringGraphType>("owner").Description("New owner (null clears it).");
        Field<StringGraphType>("notes").Description("New notes (null clears them).");
    }
}

public sealed class VendorVersionInputType : InputObjectGraphType
{
    public VendorVersionInputType()
    {
        Name = "VendorVersionInput";
        Description = "A vendor and the version you last read.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The vendor's ID.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you last read; a stale version is a CONFLICT.");
    }
}

/// <summary>The result of a vendor mutation.</summary>
public sealed record VendorPayload(Vendor? Vendor, IReadOnlyList<UserError> Errors);

public sealed class VendorPayloadType : ObjectGraphType<VendorPayload>
{
    public VendorPayloadType()
    {
        Name = "VendorPayload";
        Description = "The vendor after the change, or why nothing changed.";
        Field<VendorType>("vendor").Description("The vendor as stored now (on CONFLICT: its current state).").Reads("Vendor").Resolve(c => c.Source.Vendor);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Description("Empty when the change applied.").Reads("Errors").Resolve(c => c.Source.Errors);
    }
}
