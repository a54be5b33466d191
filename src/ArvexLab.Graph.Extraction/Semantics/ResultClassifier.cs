using System.Text.RegularExpressions;
using ArvexLab.Graph.Extraction.Model;

namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>Reads a "results of tests" cell: an exception beats "not tested", which beats "no exceptions".</summary>
public static partial class ResultClassifier
{
    public static (ControlResult? Result, bool Recognised) Classify(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, false);
        }

        if (ExceptionNoted().IsMatch(text))
        {
            return (ControlResult.Exception, true);
        }

        if (NotTested().IsMatch(text))
        {
            return (ControlResult.NotTested, true);
        }

        if (NoExceptions().IsMatch(text))
        {
            return (ControlResult.NoExceptions, true);
        }

        // A result cell that is not one of the stock phrases usually narrates a deviation.
        return SampleFailure().IsMatch(text) ? (ControlResult.Exception, false) : (null, false);
    }

    /// <summary>How many "no exceptions" verdicts a cell holds; more than one means rows were merged.</summary>
    public static int CleanVerdicts(string text) => NoExceptions().Count(text);

    [GeneratedRegex(@"(?<!\bno\s+(relevant\s+|other\s+|additional\s+)?)\b(exceptions?|deviations?)\s+(was\s+|were\s+)?(noted|identified|found|observed)|the following (exception|deviation)|exceptions? noted:", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex ExceptionNoted();

    [GeneratedRegex(@"no events|not tested|untested|did not (occur|operate)|no (instances|occurrences|occasions)|not applicable|\bn/a\b|there were no [^.]{0,80}(to test|during the|occurr|requir|changed)|no [^.]{0,40} (occurred|took place) during|testing was not performed|could not be tested", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex NotTested();

    [GeneratedRegex(@"\bno (relevant |other )?(exceptions?|deviations?)\b|without (exception|deviation)|no exceptions", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex NoExceptions();

    [GeneratedRegex(@"\b\d+ of (the )?\d+\b[^.]{0,80}\b(not|did not|was not|were not|without|lacked|missing)\b", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex SampleFailure();
}
