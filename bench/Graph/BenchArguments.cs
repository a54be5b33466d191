using ArvexLab.Graph.Bench.Seeding;

namespace ArvexLab.Graph.Bench;

/// <summary>The command line: a verb, then <c>--name value</c> options and <c>--flag</c> switches.</summary>
public sealed class BenchArguments
{
    private readonly Dictionary<string, string?> options = new(StringComparer.OrdinalIgnoreCase);

    private BenchArguments(string verb) => Verb = verb;

    public string Verb { get; }

    public static BenchArguments Parse(string[] args)
    {
        var parsed = new BenchArguments(args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "run");
        for (var i = parsed.Verb == "run" && (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal)) ? 0 : 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            }

            var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            parsed.options[args[i][2..]] = hasValue ? args[++i] : null;
        }

        return parsed;
    }

    public bool Has(string name) => options.ContainsKey(name);

    public string? Get(string name) => options.TryGetValue(name, out var value) ? value : null;

    public int GetInt(string name, int fallback) => Get(name) is { } value ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : fallback;

    /// <summary><c>--postgres "Host=…"</c> for PostgreSQL, else SQLite in <c>--sqlite DIR</c> (default <paramref name="defaultDirectory"/>).</summary>
    public BenchDatabase Database(string defaultDirectory) => Get("postgres") is { Length: > 0 } postgres
        ? BenchDatabase.Postgres(postgres)
        : BenchDatabase.Sqlite(Get("sqlite") ?? defaultDirectory);
}
