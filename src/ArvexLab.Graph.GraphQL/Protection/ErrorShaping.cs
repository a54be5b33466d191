using System.Diagnostics;
using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using Microsoft.Extensions.Logging;

namespace ArvexLab.Graph.GraphQL.Protection;

/// <summary>
/// Rewrites errors before they leave the server: unhandled exceptions become INTERNAL_SERVER_ERROR
/// with a trace id (the exception is logged, never sent), and validation messages lose their
/// "Did you mean" suggestions and the type names they would reveal about the schema.
/// </summary>
public static partial class ErrorShaping
{
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    public static void Apply(ExecutionResult result, bool mask, bool suggestions, string traceId, ILogger logger)
    {
        if (result.Errors is not { Count: > 0 } errors)
        {
            return;
        }

        var shaped = new ExecutionErrors();
        foreach (var error in errors)
        {
            if (mask && error is UnhandledError or { InnerException: not null and not ExecutionError } && error is not ValidationError)
            {
                logger.LogError(error.InnerException ?? error, "Unhandled GraphQL error, trace id {TraceId}", traceId);
                var masked = Copy(error, $"Internal server error. Quote trace id {traceId} when reporting it.", InternalServerError);
                masked.Extensions = new Dictionary<string, object?> { ["traceId"] = traceId };
                shaped.Add(masked);
            }
            else if (!suggestions && error is ValidationError && error.Message is { } message
                && (message.Contains("Did you mean", StringComparison.Ordinal) || OnType().IsMatch(message)))
            {
                shaped.Add(Copy(error, OnType().Replace(Suggestion().Replace(message, ""), "."), error.Code));
            }
            else
            {
                shaped.Add(error);
            }
        }

        result.Errors = shaped;
    }

    public static string TraceId(Microsoft.AspNetCore.Http.HttpContext http)
        => Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier;

    private static ExecutionError Copy(ExecutionError error, string message, string? code)
    {
        var copy = new ExecutionError(message) { Code = code, Path = error.Path };
        foreach (var location in error.Locations ?? [])
        {
            copy.AddLocation(location);
        }

        return copy;
    }

    [GeneratedRegex(@"\s*Did you mean[^?]*\?", RegexOptions.CultureInvariant)]
    private static partial Regex Suggestion();

    // "Cannot query field 'x' on type 'Query'." names a schema type the client did not name.
    [GeneratedRegex(@" on type '[^']*'\.", RegexOptions.CultureInvariant)]
    private static partial Regex OnType();
}
