using System.Security.Claims;
using GraphQL;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ArvexLab.Graph.GraphQL.Protection;

/// <summary>
/// The protection state of one HTTP request (one operation or a batch): the shared cost budget,
/// the validation rules each operation runs with, the rate limit and the error shaping after it.
/// </summary>
public sealed class ProtectedRun
{
    private readonly HttpContext http;
    private readonly CostRateLimiter? limiter;
    private readonly bool development;

    public ProtectedRun(HttpContext http)
    {
        this.http = http;
        var services = http.RequestServices;
        Options = services.GetService<IOptions<GraphQLProtectionOptions>>()?.Value ?? new GraphQLProtectionOptions();
        limiter = services.GetService<CostRateLimiter>();
        development = services.GetService<IHostEnvironment>()?.IsDevelopment() ?? false;
        Budget = new RequestCost(Options.MaxCost);
    }

    public GraphQLProtectionOptions Options { get; }

    public RequestCost Budget { get; }

    /// <summary>Set when the client's rate limit refused an operation: how long until it may retry.</summary>
    public TimeSpan? RetryAfter { get; private set; }

    private bool Introspection => Options.AllowIntrospection ?? development;

    private bool Suggestions => Options.AllowSuggestions ?? development;

    private bool Mask => Options.MaskUnhandledErrors ?? !development;

    public IEnumerable<IValidationRule> ValidationRules(OperationCost cost)
    {
        var rules = DocumentValidator.CoreRules.ToList();
        if (!Introspection)
        {
            rules.Add(NoIntrospectionValidationRule.Instance);
        }

        rules.Add(CostAnalysis.Rule(Options, Budget, cost, TakeFromRateLimit));
        return rules;
    }

    public void Finish(ExecutionResult result, OperationCost cost)
    {
        var logger = http.RequestServices.GetService<ILoggerFactory>()?.CreateLogger("ArvexLab.Graph.GraphQL.Protection") ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        ErrorShaping.Apply(result, Mask, Suggestions, ErrorShaping.TraceId(http), logger);
        if (cost.Cost is { } computed)
        {
            result.Extensions ??= new Dictionary<string, object?>();
            result.Extensions["cost"] = Budget.ToExtension(computed);
        }
    }

    private ValidationError? TakeFromRateLimit(double cost)
    {
        if (limiter is null || cost <= 0 || limiter.TryTake(ClientKey(http), cost) is not { } wait)
        {
            return null;
        }

        RetryAfter = wait;
        return new ValidationError($"Rate limit of {Options.CostPointsPerMinute} cost points per minute reached; retry after {wait.TotalSeconds:0} seconds.")
        {
            Code = CostRateLimiter.RateLimited,
        };
    }

    // A signed-in caller is limited per OAuth client or user, an anonymous one per address.
    private static string ClientKey(HttpContext http)
    {
        var user = http.User;
        var id = user.FindFirst("client_id")?.Value ?? user.FindFirst("azp")?.Value;
        var subject = user.FindFirst("sub")?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        return id is not null ? "client:" + id
            : subject is not null ? "user:" + subject
            : "ip:" + http.Connection.RemoteIpAddress;
    }
}
