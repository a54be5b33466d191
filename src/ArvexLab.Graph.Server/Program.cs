using ArvexLab.Graph.GraphQL.Transport;
using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Features.Evidence.Jobs;
using ArvexLab.Graph.Server.Features.Frameworks;
using ArvexLab.Graph.Server.Features.Identity;
using ArvexLab.Graph.Server.Features.Portal;
using ArvexLab.Graph.Server.Features.Posture;
using ArvexLab.Graph.Server.Graph;
using ArvexLab.Graph.Server.Operations;

var builder = WebApplication.CreateBuilder(args);
builder.AddOperations();
builder.AddGraphData();
builder.AddEvidencePipeline();
builder.AddGraphIdentity();
builder.AddFrameworks();
builder.AddPosture();
builder.AddGraph();

var app = builder.Build();
app.UsePortalFiles();
app.MapOperations();
app.MapGraphIdentity();
app.UseCors(GraphQLCors.PolicyName);
app.MapGraphQLEndpoint<GraphSchema>("/graphql").RequireAuthorization();
app.MapPortal();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
