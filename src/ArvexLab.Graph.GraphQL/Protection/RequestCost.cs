namespace ArvexLab.Graph.GraphQL.Protection;

/// <summary>
/// The cost budget of one HTTP request: a batch shares it, so its operations' costs add up.
/// Reported to clients as <c>extensions.cost</c>, shaped like Shopify's.
/// </summary>
public sealed class RequestCost(int maximum)
{
    public int Maximum { get; } = maximum;

    /// <summary>Cost of the operations analysed so far.</summary>
    public double Requested { get; private set; }

    public double Remaining => Maximum - Requested;

    internal void Add(double cost) => Requested += cost;

    public IDictionary<string, object?> ToExtension(double operationCost) => new Dictionary<string, object?>
    {
        ["requestedQueryCost"] = operationCost,
        ["maximumAvailable"] = Maximum,
    };
}
