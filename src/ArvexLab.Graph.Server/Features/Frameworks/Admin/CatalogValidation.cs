using System.Text.RegularExpressions;
using ArvexLab.Graph.Server.Data.Configurations;
using ArvexLab.Graph.Server.Graph;

namespace ArvexLab.Graph.Server.Features.Frameworks.Admin;

/// <summary>Input rules for catalog rows, shared by create and update; null means "not given, not checked".</summary>
internal static partial class CatalogValidation
{
    public static IEnumerable<UserError> Framework(string? key, string? name, string? version, string? source)
    {
        if (key is not null && (key.Length > Lengths.Key || !KeyPattern().IsMatch(key)))
        {
            yield return new UserError(UserErrorCodes.Validation, $"The key is lower-case letters, digits, '.', '-' or '_', at most {Lengths.Key} characters.", "key");
        }

        foreach (var error in Required(name, Lengths.Name, "name").Concat(Required(version, Lengths.Code, "version")).Concat(Optional(source, Lengths.ShortText, "source")))
        {
            yield return error;
        }
    }

    public static IEnumerable<UserError> Requirement(string? reference, string? title)
        => Required(reference, Lengths.Ref, "ref").Concat(Required(title, Lengths.ShortText, "title"));

    public static IEnumerable<UserError> MappingSource(string? source) => Required(source, Lengths.ShortText, "source");

    // "" stands for a given-but-blank value (a null would mean "not given").
    private static IEnumerable<UserError> Required(string? value, int max, string field)
    {
        if (value is not null && (value.Length == 0 || value.Length > max))
        {
            yield return new UserError(UserErrorCodes.Validation, $"The {field} is required, at most {max} characters.", field);
        }
    }

    private static IEnumerable<UserError> Optional(string? value, int max, string field)
    {
        if (value is { Length: > 0 } && value.Length > max)
        {
            yield return new UserError(UserErrorCodes.Validation, $"The {field} is at most {max} characters.", field);
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$")]
    private static partial Regex KeyPattern();
}
