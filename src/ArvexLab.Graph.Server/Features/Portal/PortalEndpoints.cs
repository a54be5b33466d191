namespace ArvexLab.Graph.Server.Features.Portal;

/// <summary>
/// Serves the admin portal (built into wwwroot by the Portal.targets MSBuild step) and GraphiQL.
/// The portal talks to the same /graphql endpoint as every other client; nothing here is an API.
/// </summary>
public static class PortalEndpoints
{
    /// <summary>Static files first in the pipeline, so hashed assets never reach routing.</summary>
    public static WebApplication UsePortalFiles(this WebApplication app)
    {
        app.UseStaticFiles();
        return app;
    }

    /// <summary>GraphiQL at /graphql/ui (when enabled) and the SPA fallback for client-side routes.</summary>
    public static WebApplication MapPortal(this WebApplication app)
    {
        // GraphiQL is for signed-in developers: the page itself is static; every request it sends needs a token.
        var graphiql = app.Configuration.GetValue("GraphQL:GraphiQL:Enabled", app.Environment.IsDevelopment());
        if (graphiql)
        {
            app.MapGet("/graphql/ui", (IWebHostEnvironment env) =>
                env.WebRootFileProvider.GetFileInfo("graphiql.html") is { Exists: true } file
                    ? Results.File(file.CreateReadStream(), "text/html; charset=utf-8")
                    : Results.NotFound());
        }

        app.MapFallbackToFile("index.html");
        return app;
    }
}
