using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ArvexLab.Graph.GraphQL.Protection;

/// <summary>
/// Per-client token buckets of cost points: each holds up to a minute's allowance and refills
/// continuously, so a client may burst up to the allowance and then spends at the steady rate.
/// </summary>
public sealed class CostRateLimiter(IOptions<GraphQLProtectionOptions> options, TimeProvider clock)
{
    public const string RateLimited = "RATE_LIMITED";

    private readonly ConcurrentDictionary<string, Bucket> buckets = new(StringComparer.Ordinal);

    public bool Enabled => options.Value.CostPointsPerMinute > 0;

    /// <summary>Takes <paramref name="cost"/> points, or returns how long until the bucket holds them.</summary>
    public TimeSpan? TryTake(string client, double cost)
    {
        var capacity = (double)options.Value.CostPointsPerMinute;
        if (capacity <= 0)
        {
            return null;
        }

        var perSecond = capacity / 60;
        var now = clock.GetTimestamp();
        var bucket = buckets.GetOrAdd(client, _ => new Bucket(capacity, now));
        lock (bucket)
        {
            bucket.Points = Math.Min(capacity, bucket.Points + clock.GetElapsedTime(bucket.Updated, now).TotalSeconds * perSecond);
            bucket.Updated = now;
            if (bucket.Points >= cost)
            {
                bucket.Points -= cost;
                return null;
            }

            return TimeSpan.FromSeconds(Math.Ceiling((Math.Min(cost, capacity) - bucket.Points) / perSecond));
        }
    }

    private sealed class Bucket(double points, long updated)
    {
        public double Points { get; set; } = points;
        public long Updated { get; set; } = updated;
    }
}
