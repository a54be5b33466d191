using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Features.Identity.Management;
using ArvexLab.Graph.Server.Features.Organizations;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Tests.Identity;

/// <summary>
/// The identity feature's root fields on a schema of their own, served at <see cref="Path"/> by the test
/// host, until the lead adds them to the graph's Query and Mutation types.
/// </summary>
public sealed class IdentityTestSchema : Schema
{
    public const string Path = "/test/identity-graphql";

    public IdentityTestSchema(IServiceProvider services) : base(services)
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.AddNodeFields();
        query.AddMeQueries();
        query.AddIdentityQueries();
        Query = query;

        var mutation = new ObjectGraphType { Name = "Mutation" };
        mutation.AddIdentityMutations();
        Mutation = mutation;
    }
}
