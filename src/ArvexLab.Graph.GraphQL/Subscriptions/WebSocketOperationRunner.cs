using ArvexLab.Graph.GraphQL.Persisted;
using ArvexLab.Graph.GraphQL.Protection;
using ArvexLab.Graph.GraphQL.Transport;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ArvexLab.Graph.GraphQL.Subscriptions;

/// <summary>
/// Executes one <c>subscribe</c> message with the same checks as the HTTP endpoint: document limits, persisted
/// documents, the validation rules (authorization, cost, rate limit, introspection) and error shaping. Queries and
/// mutations keep the execution timeout; a subscription lives until it completes or the client ends it.
/// </summary>
internal static class WebSocketOperationRunner
{
    public static async Task<ExecutionResult> ExecuteAsync<TSchema>(HttpContext http, IServiceProvider services, GraphQLRequest request, CancellationToken cancellationToken)
        where TSchema : ISchema
    {
        var run = new ProtectedRun(http);
        var cost = new OperationCost();
        ExecutionResult result;
        try
        {
            result = await ExecuteCheckedAsync<TSchema>(http, services, request, run, cost, cancellationToken).ConfigureAwait(false);
        }
        catch (TransportError error)
        {
            // Refused before execution: the protocol's `error` message carries it.
            return new ExecutionResult { Executed = false, Errors = [new ExecutionError(error.Message) { Code = error.Code }] };
        }

        run.Finish(result, cost);
        return result;
    }

    /// <summary>Shapes one event of a subscription's stream like any response (masked exceptions, no suggestions).</summary>
    public static ExecutionResult ShapeEvent(HttpContext http, ExecutionResult result)
    {
        new ProtectedRun(http).Finish(result, new OperationCost());
        return result;
    }

    private static async Task<ExecutionResult> ExecuteCheckedAsync<TSchema>(HttpContext http, IServiceProvider services, GraphQLRequest request,
        ProtectedRun run, OperationCost cost, CancellationToken cancellationToken) where TSchema : ISchema
    {
        services.GetService<PersistedDocuments>()?.Resolve(request, http);
        if (string.IsNullOrWhiteSpace(request.Query) && request.DocumentId is null)
        {
            throw new TransportError(StatusCodes.Status400BadRequest, "QUERY_MISSING", "The subscribe payload has no `query`.");
        }

        GraphQLDocument? document = request.Query is null ? null : DocumentLimits.Parse(request.Query, run.Options);
        var isSubscription = document is not null && SelectedOperation(document, request.OperationName)?.Operation == OperationType.Subscription;
        var options = new ExecutionOptions
        {
            ValidationRules = run.ValidationRules(cost),
            Query = request.Query,
            Document = document,
            DocumentId = request.DocumentId,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = services,
            User = http.User,
            UserContext = new Dictionary<string, object?>(),
            CancellationToken = cancellationToken,
        };
        if (!isSubscription)
        {
            options.Timeout = run.Options.ExecutionTimeout;
            options.TimeoutAction = TimeoutAction.ReturnTimeoutError;
        }

        return await services.GetRequiredService<IDocumentExecuter<TSchema>>().ExecuteAsync(options).ConfigureAwait(false);
    }

    private static GraphQLOperationDefinition? SelectedOperation(GraphQLDocument document, string? name)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return name is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == name);
    }
}
