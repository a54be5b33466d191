using ArvexLab.Graph.Server.Tests.Infrastructure;

namespace ArvexLab.Graph.Server.Tests.Protection;

/// <summary>The real server in the Production environment (real certificates, HTTPS), where introspection and suggestions are off.</summary>
public sealed class ProductionGraphApp(TestDatabase database) : GraphApp(database, environment: "Production");
