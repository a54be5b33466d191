using ArvexLab.Graph.GraphQL.Transport;
using ArvexLab.Graph.Server.Data;
using ArvexLab.Graph.Server.Features.Frameworks;
using ArvexLab.Graph.Server.Features.Portal;
using ArvexLab.Graph.Server.Graph;
using ArvexLab.Graph.Server.Operations;

var builder = WebApplication.CreateBuilder(args);
builder.AddOperations();
builder.AddGraphData();
builder.AddFrameworks();
builder.AddGraph();

var app = builder.Build();
app.UsePortalFiles();
app.MapOperations();
app.MapGraphQLEndpoint<GraphSchema>("/graphql");
app.MapPortal();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
