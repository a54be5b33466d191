using ArvexLab.Graph.Server.Graph;

namespace ArvexLab.Graph.Server.Features.Review;

/// <summary>
/// Reads a finding's new values from a mutation input, cleaning text and collecting one typed error per bad
/// value (field names as the client sent them, e.g. <c>values.description</c>), so nothing is applied half-way.
/// </summary>
public sealed class FindingValueReader(IReadOnlyDictionary<string, object?> values, string prefix)
{
    private readonly List<UserError> errors = [];

    public IReadOnlyList<UserError> Errors => errors;

    public bool IsEmpty => values.Count == 0;

    public bool Has(string key) => values.ContainsKey(key);

    /// <summary>The trimmed text (null when blank); an error when required and blank, or longer than allowed.</summary>
    public string? Text(string key, int maxLength, bool required = false)
    {
        var text = values.GetValueOrDefault(key) as string;
        text = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (text is null && required)
        {
            Fail(key, "A value is required.");
        }
        else if (text is { Length: var length } && length > maxLength)
        {
            Fail(key, $"At most {maxLength} characters.");
        }

        return text;
    }

    /// <summary>Criteria references, trimmed and de-duplicated; each at most <paramref name="maxLength"/> characters.</summary>
    public List<string> List(string key, int maxLength, int maxItems = 50)
    {
        var items = (values.GetValueOrDefault(key) as IEnumerable<object?> ?? [])
            .OfType<string>().Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (items.Count > maxItems || items.Any(i => i.Length > maxLength))
        {
            Fail(key, $"At most {maxItems} items of at most {maxLength} characters.");
        }

        return items;
    }

    public TEnum? Enum<TEnum>(string key) where TEnum : struct, Enum => values.GetValueOrDefault(key) as TEnum?;

    public DateOnly? Date(string key) => values.GetValueOrDefault(key) as DateOnly?;

    public void Fail(string key, string message) =>
        errors.Add(new UserError(UserErrorCodes.Validation, message, prefix.Length == 0 ? key : $"{prefix}.{key}"));
}
