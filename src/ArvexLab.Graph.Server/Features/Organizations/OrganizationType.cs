using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Data.Entities;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Features.Organizations;

public sealed class OrganizationType : ObjectGraphType<Organization>
{
    public OrganizationType()
    {
        Name = "Organization";
        Description = "A customer organization (tenant).";
        this.ImplementNode();
        Field(o => o.Name).Description("Display name.");
        Field(o => o.Slug).Description("Short stable identifier.");
        Field(o => o.CreatedAt).Description("When the organization was created.");
    }
}
