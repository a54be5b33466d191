using ArvexLab.Graph.Server.Graph;

namespace ArvexLab.Graph.Server.Features.Vendors;

/// <summary>Input rules for vendors, shared by create and update.</summary>
internal static class VendorValidation
{
    public const int MaxNameLength = 200;
    public const int MaxListItems = 50;

    public static IEnumerable<UserError> Check(string? name, string? website, List<string>? services, List<string>? tags)
    {
        if (name is not null && (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength))
        {
            yield return new UserError(UserErrorCodes.Validation, $"A name is required, at most {MaxNameLength} characters.", "name");
        }

        if (!string.IsNullOrWhiteSpace(website)
            && !(Uri.TryCreate(website.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            yield return new UserError(UserErrorCodes.Validation, "The website must be an http(s) URL.", "website");
        }

        if (services is { Count: > MaxListItems })
        {
            yield return new UserError(UserErrorCodes.Validation, $"At most {MaxListItems} services.", "services");
        }

        if (tags is { Count: > MaxListItems })
        {
            yield return new UserError(UserErrorCodes.Validation, $"At most {MaxListItems} tags.", "tags");
        }
    }

    public static List<string> CleanList(IEnumerable<string>? items)
        => (items ?? []).Select(i => i.Trim()).Where(i => i.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public static string? CleanText(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
