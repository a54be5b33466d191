using ArvexLab.Graph.GraphQL.Persisted;
using ArvexLab.Graph.GraphQL.Protection;
using GraphQL;
using GraphQL.Execution;
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
/// Protection (document limits, cost, rate limit, error shaping) runs inside the same pipeline.
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

            if (!HttpMethods.IsGet(http.Request.Method))
            {
                CrossSiteRequestCheck.Verify(http.Request, options);
            }

            var (requests, isBatch) = await new GraphQLRequestReader(serializer, options).ReadAsync(http).ConfigureAwait(false);
            var run = new ProtectedRun(http);
            var results = new List<ExecutionResult>(requests.Count);
            foreach (var request in requests)
            {
                results.Add(await ExecuteAsync(http, request, run).ConfigureAwait(false));
            }

            http.Response.StatusCode = run.RetryAfter is not null && !isBatch
                ? StatusCodes.Status429TooManyRequests
                : isBatch || mediaType == MediaTypes.Json || results[0].Executed
                    ? StatusCodes.Status200OK
                    : StatusCodes.Status400BadRequest;
            if (run.RetryAfter is { } retry)
            {
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

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

    private static async Task<ExecutionResult> ExecuteAsync(HttpContext http, GraphQLRequest request, ProtectedRun run)
    {
        http.RequestServices.GetService<PersistedDocuments>()?.Resolve(request, http);
        if (string.IsNullOrWhiteSpace(request.Query) && request.DocumentId is null)
        {
            throw new TransportError(StatusCodes.Status400BadRequest, "QUERY_MISSING", "The request has no `query`.");
        }

        GraphQLDocument? document = null;
        if (request.Query is not null)
        {
            document = http.RequestServices.GetService<ParsedDocumentCache>() is { } documents
                ? documents.Parse(request.Query, run.Options)
                : DocumentLimits.Parse(request.Query, run.Options);

            if (HttpMethods.IsGet(http.Request.Method) && SelectedOperation(document, request.OperationName)?.Operation is not null and not OperationType.Query)
            {
                throw new TransportError(StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED", "Only queries may be sent with GET; use POST.", "POST");
            }
        }

        if (HttpMethods.IsGet(http.Request.Method))
        {
            // After the mutation check, so a mutation over GET still answers 405.
            CrossSiteRequestCheck.Verify(http.Request, http.RequestServices.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value);
        }

        var executer = http.RequestServices.GetRequiredService<IDocumentExecuter<TSchema>>();
        var cost = new OperationCost();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            ValidationRules = run.ValidationRules(cost),
            Timeout = run.Options.ExecutionTimeout,
            TimeoutAction = TimeoutAction.ReturnTimeoutError,
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
        run.Finish(result, cost);
        return result;
    }

    private static GraphQLOperationDefinition? SelectedOperation(GraphQLDocument document, string? name)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return name is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == name);
    }
}
