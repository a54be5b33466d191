using System.Diagnostics;
using ArvexLab.Graph.GraphQL.Protection;
using ArvexLab.Graph.Server.Graph;
using GraphQL;
using GraphQL.Validation;
using GraphQLParser;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ArvexLab.Graph.Bench.Hosting;

/// <summary>
/// Issue 4's figure: what document limits + validation-time cost analysis (+ error shaping and the cost
/// extension) add to a query's server time. The generic layer has no switch to turn them off, so the
/// same operation runs through the server's own executer twice per round, alternating: once exactly as the
/// HTTP endpoint runs it (<see cref="DocumentLimits"/>, <see cref="ProtectedRun"/> rules, Finish) and
/// once with a plain parse and GraphQL.NET's core validation rules only. Each run gets a fresh DI scope
/// (fresh DataLoaders, fresh DbContexts) and its result is serialized, so both include the full work.
/// </summary>
public static class ProtectionOverhead
{
    public static async Task HandleAsync(HttpContext http)
    {
        if (!await BaselineEndpoints.AuthenticateAsync(http))
        {
            await BaselineEndpoints.RefuseAsync(http);
            return;
        }

        var request = await http.Request.ReadFromJsonAsync<ProtectionRequest>(http.RequestAborted)
            ?? throw new BadHttpRequestException("Send { query, variables, rounds }.");
        var on = new List<double>(request.Rounds);
        var off = new List<double>(request.Rounds);
        for (var round = 0; round < request.Rounds + 5; round++)
        {
            // The first rounds warm both paths up and are not kept.
            var keep = round >= 5;
            var protectedTime = await TimeAsync(http, request, protect: true);
            var plainTime = await TimeAsync(http, request, protect: false);
            if (keep)
            {
                on.Add(protectedTime);
                off.Add(plainTime);
            }
        }

        await http.Response.WriteAsJsonAsync(new ProtectionResult(Median(on), Median(off), on.Average(), off.Average(), request.Rounds));
    }

    private static async Task<double> TimeAsync(HttpContext http, ProtectionRequest request, bool protect)
    {
        await using var scope = http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var services = scope.ServiceProvider;
        var executer = services.GetRequiredService<IDocumentExecuter<GraphSchema>>();
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        var started = Stopwatch.GetTimestamp();
        var run = protect ? new ProtectedRun(http) : null;
        var cost = new OperationCost();
        var options = new ExecutionOptions
        {
            Query = request.Query,
            Document = run is not null ? DocumentLimits.Parse(request.Query, run.Options) : Parser.Parse(request.Query, new ParserOptions { Ignore = IgnoreOptions.All }),
            ValidationRules = run is not null ? run.ValidationRules(cost) : DocumentValidator.CoreRules,
            Variables = serializer.Deserialize<Inputs>(request.Variables),
            RequestServices = services,
            User = http.User,
            UserContext = new Dictionary<string, object?>(),
            CancellationToken = http.RequestAborted,
        };
        var result = await executer.ExecuteAsync(options);
        run?.Finish(result, cost);
        using var body = new MemoryStream();
        await serializer.WriteAsync(body, result, http.RequestAborted);
        if (result.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException("The measured query failed: " + errors[0].Message);
        }

        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}

/// <summary>The operation to measure and how many alternating rounds to run.</summary>
public sealed record ProtectionRequest(string Query, string? Variables, int Rounds);

/// <summary>Server time of the operation with and without protection, in milliseconds.</summary>
public sealed record ProtectionResult(double MedianOnMs, double MedianOffMs, double MeanOnMs, double MeanOffMs, int Rounds)
{
    public double OverheadPercent => MedianOffMs <= 0 ? 0 : (MedianOnMs - MedianOffMs) / MedianOffMs * 100;
}
