using ArvexLab.Graph.GraphQL.Transport;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Http;

namespace ArvexLab.Graph.GraphQL.Protection;

/// <summary>
/// Checks a query document before it reaches validation, cheapest check first: length, then tokens
/// (the lexer stops at the limit), then a depth-bounded parse, then one walk over the syntax tree for
/// nesting, aliases and directives. Each refusal is a 400 with its own code.
/// </summary>
public static class DocumentLimits
{
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    public const string TooManyTokens = "TOO_MANY_TOKENS";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string TooManyAliases = "TOO_MANY_ALIASES";
    public const string TooManyDirectives = "TOO_MANY_DIRECTIVES";
    public const string SyntaxError = "SYNTAX_ERROR";

    public static GraphQLDocument Parse(string query, GraphQLProtectionOptions options)
    {
        if (query.Length > options.MaxDocumentLength)
        {
            throw Refuse(DocumentTooLarge, $"The document exceeds {options.MaxDocumentLength} characters.");
        }

        try
        {
            var tokens = CountTokens(query, options.MaxTokens + 1);
            if (tokens > options.MaxTokens)
            {
                throw Refuse(TooManyTokens, $"The document has more than {options.MaxTokens} tokens.");
            }

            // Every selection level is at least three AST levels (field, selection set, field); the
            // parser's own bound keeps a 10,000-level document from recursing that deep at all.
            var document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.All, MaxDepth = Math.Max(64, options.MaxDepth * 4 + 16) });
            new SyntaxWalk(options).Check(document);
            return document;
        }
        catch (GraphQLMaxDepthExceededException)
        {
            throw Refuse(MaxDepthExceeded, $"The document nests deeper than {options.MaxDepth} levels.");
        }
        catch (GraphQLSyntaxErrorException ex)
        {
            throw Refuse(SyntaxError, ex.Description);
        }
    }

    /// <summary>Counts tokens up to <paramref name="stopAt"/>, so a huge document costs no more than the limit.</summary>
    public static int CountTokens(string query, int stopAt)
    {
        ROM source = query;
        var count = 0;
        var position = 0;
        while (count < stopAt)
        {
            var token = Lexer.Lex(source, position);
            if (token.Kind == TokenKind.EOF)
            {
                break;
            }

            count++;
            position = token.End;
        }

        return count;
    }

    internal static TransportError Refuse(string code, string message) => new(StatusCodes.Status400BadRequest, code, message);

    private sealed class SyntaxWalk(GraphQLProtectionOptions options)
    {
        private int aliases;
        private int directives;

        public void Check(GraphQLDocument document)
        {
            foreach (var definition in document.Definitions)
            {
                switch (definition)
                {
                    case GraphQLOperationDefinition operation:
                        CountDirectives(operation.Directives);
                        Walk(operation.SelectionSet, 1);
                        break;
                    case GraphQLFragmentDefinition fragment:
                        CountDirectives(fragment.Directives);
                        Walk(fragment.SelectionSet, 1);
                        break;
                }
            }
        }

        private void Walk(GraphQLSelectionSet? selectionSet, int depth)
        {
            if (selectionSet is null)
            {
                return;
            }

            if (depth > options.MaxDepth)
            {
                throw Refuse(MaxDepthExceeded, $"The document nests deeper than {options.MaxDepth} levels.");
            }

            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        if (field.Alias is not null && ++aliases > options.MaxAliases)
                        {
                            throw Refuse(TooManyAliases, $"The document has more than {options.MaxAliases} aliases.");
                        }

                        CountDirectives(field.Directives);
                        Walk(field.SelectionSet, depth + 1);
                        break;
                    case GraphQLInlineFragment inline:
                        CountDirectives(inline.Directives);
                        Walk(inline.SelectionSet, depth);
                        break;
                    case GraphQLFragmentSpread spread:
                        CountDirectives(spread.Directives);
                        break;
                }
            }
        }

        private void CountDirectives(GraphQLDirectives? list)
        {
            var count = list?.Count ?? 0;
            if (count > options.MaxDirectivesPerLocation || (directives += count) > options.MaxDirectives)
            {
                throw Refuse(TooManyDirectives,
                    $"The document has more than {options.MaxDirectivesPerLocation} directives in one place or {options.MaxDirectives} in all.");
            }
        }
    }
}
