using ArvexLab.Graph.GraphQL.Subscriptions;
using ArvexLab.Graph.GraphQL.Transport;
using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Features.Evidence.Download;
using ArvexLab.Graph.Server.Features.Evidence.Jobs;
using ArvexLab.Graph.Server.Features.Frameworks;
using ArvexLab.Graph.Server.Features.Identity;
using ArvexLab.Graph.Server.Features.Portal;
using ArvexLab.Graph.Server.Features.Posture;
using ArvexLab.Graph.Server.Features.Renewal;
using ArvexLab.Graph.Server.Features.Sync;
using ArvexLab.Graph.Server.Graph;
using ArvexLab.Graph.Server.Operations;

var builder = WebApplication.CreateBuilder(args);
builder.AddOperations();
builder.AddGraphData();
builder.AddEvidencePipeline();
builder.AddGraphIdentity();
builder.AddFrameworks();
builder.AddRenewal();
builder.AddPosture();
builder.AddSync();
builder.AddGraph();

var app = builder.Build();
app.UsePortalFiles();
app.MapOperations();
// Before identity: a WebSocket authenticates in connection_init, which the /graphql endpoint's RequireAuthorization cannot see.
app.UseGraphQLWebSockets<GraphSchema>("/graphql");
app.MapGraphIdentity();
app.UseCors(GraphQLCors.PolicyName);
app.MapGraphQLEndpoint<GraphSchema>("/graphql").RequireAuthorization();
app.MapEvidenceFiles();
app.MapPortal();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
