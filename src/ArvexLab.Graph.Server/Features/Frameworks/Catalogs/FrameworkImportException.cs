namespace ArvexLab.Graph.Server.Features.Frameworks.Catalogs;

/// <summary>A framework document that cannot be stored as it is; nothing was written.</summary>
public sealed class FrameworkImportException(string framework, IReadOnlyList<string> errors)
    : Exception($"{framework}: {string.Join(" ", errors.Take(10))}{(errors.Count > 10 ? $" (and {errors.Count - 10} more)" : "")}")
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
