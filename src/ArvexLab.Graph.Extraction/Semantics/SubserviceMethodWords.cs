using System.Text.RegularExpressions;
using ArvexLab.Graph.Extraction.Model;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>
/// Carve-out or inclusive, from the report's own words. Words in the subservice organizations
/// section or the opinion decide; when both methods are named anywhere (a report explaining the
/// difference) the answer is uncertain and the confidence says so.
/// </summary>
public static partial class SubserviceMethodWords
{
    public static (SubserviceMethod? Method, double Confidence) Of(DocumentContext context)
    {
        var text = context.Flow.Text;
        var inclusive = Inclusive().Matches(text).Count;
        var carveOut = CarveOut().Matches(text).Count;
        return (inclusive, carveOut) switch
        {
            (0, 0) => (null, 0.5),
            ( > 0, 0) => (SubserviceMethod.Inclusive, 0.95),
            (0, > 0) => (SubserviceMethod.CarveOut, 0.95),
            _ => inclusive >= carveOut ? (SubserviceMethod.Inclusive, 0.7) : (SubserviceMethod.CarveOut, 0.7),
        };
    }

    [GeneratedRegex(@"inclusive method|controls of the subservice organi[sz]ations? (?:are|were) included|examination included the controls of", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Inclusive();

    [GeneratedRegex(@"carve[- ]?out|carved out|excludes the controls of|does not (?:include|extend to) (?:the )?controls|did not extend to (?:the )?controls|controls (?:of these subservice organi[sz]ations )?are excluded|does not include the [^.]{3,80} provided by|(?:did|does) not (?:include|extend to|disclose) (?:the )?(?:actual )?(?:controls|services|policies)[^.]{0,60}?(?:of|at|provided by) (?:the |these |its )?subservice", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex CarveOut();
}
