using ArvexLab.Graph.GraphQL.Transport;
using ArvexLab.Graph.Server.Graph;

var builder = WebApplication.CreateBuilder(args);
builder.AddGraph();

var app = builder.Build();
app.MapGet("/health/live", () => Results.Ok(new { status = "Healthy" }));
app.MapGraphQLEndpoint<GraphSchema>("/graphql");
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
