using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;

namespace ArvexLab.Graph.GraphQL.Protection;

/// <summary>
/// Builds GraphQL.NET's complexity analyzer for one operation. The analyzer already multiplies list
/// children by <c>first</c>/<c>last</c> (on the list field or its connection parent) and honours
/// per-field weights set with <c>WithComplexityImpact</c>; here it gets our defaults, our error codes
/// and the request-wide budget, and it hands the computed cost back for <c>extensions.cost</c>.
/// </summary>
public static class CostAnalysis
{
    public const string CostLimitExceeded = "COST_LIMIT_EXCEEDED";

    // The stock delegate reads its defaults from the options of the analysis it runs in.
    private static readonly Func<FieldImpactContext, FieldComplexityResult> StockImpact = new ComplexityOptions().DefaultComplexityImpactDelegate;

    /// <param name="onAnalysed">Receives the operation's cost once it is within the budget; may refuse it by returning an error.</param>
    public static ComplexityValidationRule Rule(GraphQLProtectionOptions options, RequestCost budget, OperationCost result,
        Func<double, ValidationError?>? onAnalysed = null)
    {
        var complexity = new ComplexityOptions
        {
            // Limits are enforced below, with our codes, against the budget left in this request.
            MaxComplexity = null,
            MaxDepth = null,
            DefaultObjectImpact = options.ObjectCost,
            DefaultScalarImpact = options.ScalarCost,
            DefaultListImpactMultiplier = options.DefaultListSize,
            DefaultComplexityImpactDelegate = ListsCostTheirItems,
            ValidateComplexityDelegate = context =>
            {
                result.Cost = context.TotalImpact;
                if (context.MaxDepth > options.MaxDepth)
                {
                    context.Error = new ValidationError($"The operation nests deeper than {options.MaxDepth} levels.") { Code = DocumentLimits.MaxDepthExceeded };
                }
                else if (context.TotalImpact > budget.Remaining)
                {
                    context.Error = new ValidationError(
                        $"The operation costs {context.TotalImpact:0} points; {budget.Remaining:0} of the {budget.Maximum} allowed per request are left. Ask for fewer items (first/last).")
                    { Code = CostLimitExceeded };
                }
                else
                {
                    context.Error = onAnalysed?.Invoke(context.TotalImpact);
                    if (context.Error is null)
                    {
                        budget.Add(context.TotalImpact);
                    }
                }

                return Task.CompletedTask;
            },
        };
        return new ComplexityValidationRule(complexity);
    }

    // The stock analyzer charges a list field once and multiplies only its children, so a list of
    // scalars with first: 99999999 would cost 1. Like GitHub's node limit, a list here costs the
    // items it may return: `items(first: 100) { name }` costs 100, three nested lists of 100 cost 1,010,100.
    private static FieldComplexityResult ListsCostTheirItems(FieldImpactContext context)
    {
        var stock = StockImpact(context);
        return stock.ChildImpactMultiplier > 1
            ? new FieldComplexityResult(stock.FieldImpact * stock.ChildImpactMultiplier, stock.ChildImpactMultiplier)
            : stock;
    }
}

/// <summary>The computed cost of one operation, null until the analyzer ran.</summary>
public sealed class OperationCost
{
    public double? Cost { get; set; }
}
