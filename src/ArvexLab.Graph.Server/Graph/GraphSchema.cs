using ArvexLab.Graph.GraphQL.Relay;
using ArvexLab.Graph.Server.Features.Evidence;
using ArvexLab.Graph.Server.Features.Evidence.Live;
using ArvexLab.Graph.Server.Features.Evidence.Upload;
using ArvexLab.Graph.Server.Features.Findings;
using ArvexLab.Graph.Server.Features.Frameworks;
using ArvexLab.Graph.Server.Features.Frameworks.Admin;
using ArvexLab.Graph.Server.Features.Identity;
using ArvexLab.Graph.Server.Features.Identity.Management;
using ArvexLab.Graph.Server.Features.Mapping;
using ArvexLab.Graph.Server.Features.Organizations;
using ArvexLab.Graph.Server.Features.Renewal;
using ArvexLab.Graph.Server.Features.Review;
using ArvexLab.Graph.Server.Features.Sync.Changes;
using ArvexLab.Graph.Server.Features.Sync.Webhooks;
using ArvexLab.Graph.Server.Features.Vendors;
using GraphQL;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Graph;

/// <summary>The ArvexLab graph: each feature adds its root fields here.</summary>
public sealed class GraphSchema : Schema
{
    public GraphSchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription) : base(services)
    {
        Description = "ArvexLab Graph: vendor security evidence as reviewable, queryable facts.";
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
    }
}

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Read the organization's vendors, evidence, findings and frameworks.";
        this.AuthorizeWithPolicy(GraphPolicies.Read);
        this.AddNodeFields();
        this.AddMeQueries();
        this.AddVendorQueries();
        this.AddEvidenceQueries();
        this.AddFindingQueries();
        this.AddFrameworkQueries();
        this.AddRenewalQueries();
        this.AddMappingQueries();
        this.AddIdentityQueries();
        this.AddReviewEventQueries();
        this.AddChangeQueries();
        this.AddWebhookQueries();
    }
}

public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Description = "Change vendors, evidence reviews and frameworks. Payloads carry `errors`; nothing changes when they are non-empty.";
        this.AddVendorMutations();
        this.AddEvidenceMutations();
        this.AddFrameworkMutations();
        this.AddControlMappingMutations();
        this.AddIdentityMutations();
        this.AddReviewMutations();
        this.AddWebhookMutations();
    }
}

public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType()
    {
        Name = "Subscription";
        Description = "Live updates over WebSocket (graphql-transport-ws on /graphql; the token goes in connection_init's Authorization).";
        this.AuthorizeWithPolicy(GraphPolicies.Read);
        this.AddEvidenceSubscriptions();
    }
}
