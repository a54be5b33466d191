namespace ArvexLab.Graph.GraphQL.Protection;

/// <summary>
/// Limits that keep a hostile client from knocking the API over or mining it (configuration section
/// <c>GraphQL:Protection</c>). Every default is documented in this project's README.
/// </summary>
public sealed class GraphQLProtectionOptions
{
    /// <summary>Longest query document accepted, in characters; checked before lexing.</summary>
    public int MaxDocumentLength { get; set; } = 16_384;

    /// <summary>Most lexical tokens (names, punctuators, values, comments) in one document.</summary>
    public int MaxTokens { get; set; } = 1_000;

    /// <summary>Deepest selection-set nesting, also through fragments.</summary>
    public int MaxDepth { get; set; } = 12;

    /// <summary>Most aliased fields in one document.</summary>
    public int MaxAliases { get; set; } = 100;

    /// <summary>Most directives on one field, fragment or operation.</summary>
    public int MaxDirectivesPerLocation { get; set; } = 5;

    /// <summary>Most directives in one document.</summary>
    public int MaxDirectives { get; set; } = 30;

    /// <summary>Highest cost one request (a batch: all its operations together) may have.</summary>
    public int MaxCost { get; set; } = 10_000;

    /// <summary>Cost of each object (and list) field before multiplication.</summary>
    public double ObjectCost { get; set; } = 1;

    /// <summary>Cost of each scalar or enum field; 0 like Shopify, since scalars come with their row.</summary>
    public double ScalarCost { get; set; }

    /// <summary>Items a list field is assumed to return when it has neither <c>first</c> nor <c>last</c>.</summary>
    public int DefaultListSize { get; set; } = 20;

    /// <summary>Whether <c>__schema</c>/<c>__type</c> are answered; null means only in Development.</summary>
    public bool? AllowIntrospection { get; set; }

    /// <summary>Whether validation errors may suggest names ("Did you mean"); null means only in Development.</summary>
    public bool? AllowSuggestions { get; set; }

    /// <summary>Whether unhandled exceptions are replaced by INTERNAL_SERVER_ERROR with a trace id; null means outside Development.</summary>
    public bool? MaskUnhandledErrors { get; set; }

    /// <summary>Longest time an operation may execute; its database work is cancelled after that.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Cost points a client may spend per minute (token bucket refilled continuously); 0 turns the limit off.</summary>
    public int CostPointsPerMinute { get; set; } = 60_000;
}
