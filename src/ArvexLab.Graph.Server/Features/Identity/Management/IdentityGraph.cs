using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Identity.Management;

/// <summary>The identity feature's root fields, added by the schema's Query and Mutation types.</summary>
public static class IdentityGraph
{
    public static void AddIdentityMutations(this ObjectGraphType mutation)
    {
        mutation.AddUserMutations();
        mutation.AddPartnerClientMutations();
    }
}
