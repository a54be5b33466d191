using ArvexLab.Graph.GraphQL.Paging;
using ArvexLab.Graph.Server.Data.Entities;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Findings;

public static class FindingQueries
{
    public static void AddFindingQueries(this ObjectGraphType query)
    {
        query.Connection<Control, ControlType>("controls")
            .Description("Controls across all the organization's evidence.")
            .Filter<ControlFilterInput>().Sort<ControlSortInput>()
            .Resolve((_, q) => q.Set<Control>());
        query.Connection<ControlException, ControlExceptionType>("controlExceptions")
            .Description("Exceptions across all the organization's evidence.")
            .Filter<ControlExceptionFilterInput>().Sort<ControlExceptionSortInput>()
            .Resolve((_, q) => q.Set<ControlException>());
        query.Connection<Cuec, CuecType>("cuecs")
            .Description("Complementary user-entity controls of all vendors: the organization's own to-do list.")
            .Filter<CuecFilterInput>().Sort<CuecSortInput>()
            .Resolve((_, q) => q.Set<Cuec>());
    }
}
