using ArvexLab.Graph.GraphQL.Paging;
using ArvexLab.Graph.GraphQL.Querying;
using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data.Entities;
using GraphQL;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Vendors;

public static class VendorQueries
{
    public static void AddVendorQueries(this ObjectGraphType query)
    {
        query.Connection<Vendor, VendorType>("vendors")
            .Description("The organization's vendors.")
            .Filter<VendorFilterInput>().Sort<VendorSortInput>()
            .Resolve((_, q) => q.Set<Vendor>());

        query.Field<VendorType>("vendor")
            .Description("One vendor by ID; null when it does not exist or is not visible to you.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The vendor's ID.")
            .Resolve(ctx => ctx.LoadById<Vendor>(GlobalId.Decode(ctx.GetArgument<string>("id"), "Vendor")));
    }
}
