namespace ArvexLab.Graph.Extraction.Accuracy;

/// <summary>True/false positive counts of one list (controls, exceptions …).</summary>
public sealed class ListScore
{
    public int Expected { get; set; }

    public int Actual { get; set; }

    public int Matched { get; set; }

    public double Precision => Actual == 0 ? (Expected == 0 ? 1 : 0) : (double)Matched / Actual;

    public double Recall => Expected == 0 ? 1 : (double)Matched / Expected;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public void Add(ListScore other)
    {
        Expected += other.Expected;
        Actual += other.Actual;
        Matched += other.Matched;
    }
}

/// <summary>The score of one expected file.</summary>
public sealed class DocumentScore
{
    public required string Name { get; init; }

    public string? Error { get; set; }

    public bool? KindCorrect { get; set; }

    public int FieldsChecked { get; set; }

    public int FieldsCorrect { get; set; }

    public List<string> FieldMisses { get; } = [];

    /// <summary>Expected fields the result does not have (image-only fields excepted).</summary>
    public List<string> AbsentFields { get; } = [];

    /// <summary>Expected fields the result has with another value: worse than absent, a reviewer would be misled.</summary>
    public List<string> WrongFields { get; } = [];

    public Dictionary<string, ListScore> Lists { get; } = [];

    /// <summary>(confidence, correct) for every scored item: the calibration data.</summary>
    public List<(double Confidence, bool Correct)> Items { get; } = [];
}

/// <summary>All documents and the totals the thresholds are checked against.</summary>
public sealed class AccuracyReport
{
    public static readonly string[] ListNames = ["controls", "exceptions", "cuecs", "subserviceOrganizations"];

    public List<DocumentScore> Documents { get; } = [];

    public double KindAccuracy => Ratio(Documents.Count(d => d.KindCorrect == true), Documents.Count(d => d.KindCorrect is not null));

    public double FieldAccuracy => Ratio(Documents.Sum(d => d.FieldsCorrect), Documents.Sum(d => d.FieldsChecked));

    public ListScore Total(string list)
    {
        var total = new ListScore();
        foreach (var d in Documents.Where(d => d.Lists.ContainsKey(list)))
        {
            total.Add(d.Lists[list]);
        }

        return total;
    }

    /// <summary>Buckets [0,.6) [.6,.8) [.8,.9) [.9,1]: item count and share correct.</summary>
    public List<(string Bucket, int Count, double Accuracy)> Calibration()
    {
        var bounds = new[] { (0.0, 0.6, "<0.60"), (0.6, 0.8, "0.60-0.79"), (0.8, 0.9, "0.80-0.89"), (0.9, 1.01, ">=0.90") };
        var items = Documents.SelectMany(d => d.Items).ToList();
        return bounds.Select(b =>
        {
            var inBucket = items.Where(i => i.Confidence >= b.Item1 && i.Confidence < b.Item2).ToList();
            return (b.Item3, inBucket.Count, Ratio(inBucket.Count(i => i.Correct), inBucket.Count));
        }).ToList();
    }

    /// <summary>Share of wrong items whose confidence is below 0.6.</summary>
    public double WrongBelowSixty()
    {
        var wrong = Documents.SelectMany(d => d.Items).Where(i => !i.Correct).ToList();
        return Ratio(wrong.Count(i => i.Confidence < 0.6), wrong.Count);
    }

    private static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;
}
