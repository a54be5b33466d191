using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ArvexLab.Graph.GraphQL.Transport;

/// <summary>
/// The GraphQL-over-HTTP endpoint: one linear pipeline — method, response type, request, operation
/// type, execution, status code — where each refusal is one typed error with one status code.
/// </summary>
public sealed class GraphQLHttpEndpoint<TSchema> where TSchema : ISchema
{
    public async Task HandleAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        var options = services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value;
        var mediaType = MediaTypes.Json;
        try
        {
            if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsPost(http.Request.Method))
            {
                throw new TransportError(StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED", "Use GET or POST.", "GET, POST");
            }

            mediaType = MediaTypes.Negotiate(http.Request.Headers.Accept.ToString())
                ?? throw new TransportError(StatusCodes.Status406NotAcceptable, "NOT_ACCEPTABLE",
                    $"Accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json}.");

            var (requests, isBatch) = await new GraphQLRequestReader(serializer, options).ReadAsync(http).ConfigureAwait(false);
            var results = new List<ExecutionResult>(requests.Count);
            foreach (var request in requests)
            {
                results.Add(await ExecuteAsync(http, request).ConfigureAwait(false));
            }

            http.Response.StatusCode = isBatch || mediaType == MediaTypes.Json || results[0].Executed
                ? StatusCodes.Status200OK
                : StatusCodes.Status400BadRequest;
            http.Response.ContentType = mediaType + "; charset=utf-8";
            await serializer.WriteAsync<object>(http.Response.Body, isBatch ? results : results[0], http.RequestAborted).ConfigureAwait(false);
        }
        catch (TransportError error)
        {
            http.Response.StatusCode = error.StatusCode;
            if (error.Allow is not null)
            {
                http.Response.Headers.Allow = error.Allow;
            }

            http.Response.ContentType = mediaType + "; charset=utf-8";
            var body = new ExecutionResult { Errors = [new ExecutionError(error.Message) { Code = error.Code }] };
            await serializer.WriteAsync(http.Response.Body, body, http.RequestAborted).ConfigureAwait(false);
        }
    }

    private static async Task<ExecutionResult> ExecuteAsync(HttpContext http, GraphQLRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Query) && request.DocumentId is null)
        {
            throw new TransportError(StatusCodes.Status400BadRequest, "QUERY_MISSING", "The request has no `query`.");
        }

        GraphQLDocument? document = null;
        if (request.Query is not null)
        {
            try
            {
                document = GraphQLParser.Parser.Parse(request.Query, new GraphQLParser.ParserOptions { Ignore = GraphQLParser.IgnoreOptions.All });
            }
            catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException ex)
            {
                throw new TransportError(StatusCodes.Status400BadRequest, "SYNTAX_ERROR", ex.Description);
            }

            if (HttpMethods.IsGet(http.Request.Method) && SelectedOperation(document, request.OperationName)?.Operation is not null and not OperationType.Query)
            {
                throw new TransportError(StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED", "Only queries may be sent with GET; use POST.", "POST");
            }
        }

        var executer = http.RequestServices.GetRequiredService<IDocumentExecuter<TSchema>>();
        return await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            DocumentId = request.DocumentId,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            UserContext = new Dictionary<string, object?>(),
            CancellationToken = http.RequestAborted,
        }).ConfigureAwait(false);
    }

    private static GraphQLOperationDefinition? SelectedOperation(GraphQLDocument document, string? name)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return name is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == name);
    }
}
