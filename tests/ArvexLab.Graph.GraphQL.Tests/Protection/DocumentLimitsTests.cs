using System.Diagnostics;
using ArvexLab.Graph.GraphQL.Protection;
using ArvexLab.Graph.GraphQL.Transport;

namespace ArvexLab.Graph.GraphQL.Tests.Protection;

public sealed class DocumentLimitsTests
{
    private static readonly GraphQLProtectionOptions Defaults = new();

    private static string Refused(string query, GraphQLProtectionOptions? options = null)
    {
        var error = Assert.Throws<TransportError>(() => DocumentLimits.Parse(query, options ?? Defaults));
        Assert.Equal(400, error.StatusCode);
        return error.Code;
    }

    private static string Aliases(int count) => "{ " + string.Join(" ", Enumerable.Range(0, count).Select(i => $"a{i}: hello")) + " }";

    [Fact]
    public void Tokens_are_counted_by_the_lexer_including_punctuation()
    {
        Assert.Equal(8, DocumentLimits.CountTokens("{ a(first: 2) }", 100));
        Assert.Equal(3, DocumentLimits.CountTokens("{ a b c d }", 3));
    }

    [Fact]
    public void A_document_over_the_token_limit_is_refused_with_TOO_MANY_TOKENS()
    {
        var query = "{ " + string.Concat(Enumerable.Repeat("hello ", 1_000)) + "}";
        Assert.Equal(DocumentLimits.TooManyTokens, Refused(query));
    }

    [Fact]
    public void A_document_over_the_length_limit_is_refused_before_lexing()
    {
        Assert.Equal(DocumentLimits.DocumentTooLarge, Refused("{ hello }" + new string(' ', Defaults.MaxDocumentLength)));
    }

    [Fact]
    public void Query_nested_10000_levels_is_refused_fast_with_MAX_DEPTH_EXCEEDED_even_without_size_limits()
    {
        var unlimited = new GraphQLProtectionOptions { MaxDocumentLength = int.MaxValue, MaxTokens = int.MaxValue };
        var query = string.Concat(Enumerable.Repeat("{ a ", 10_000)) + new string('}', 10_000);
        var clock = Stopwatch.StartNew();
        Assert.Equal(DocumentLimits.MaxDepthExceeded, Refused(query, unlimited));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData(12, true)]
    [InlineData(13, false)]
    public void Selection_depth_is_limited_to_twelve_by_default(int depth, bool accepted)
    {
        var query = string.Concat(Enumerable.Repeat("{ a ", depth - 1)) + "{ b }" + new string('}', depth - 1);
        if (accepted)
        {
            Assert.NotNull(DocumentLimits.Parse(query, Defaults));
        }
        else
        {
            Assert.Equal(DocumentLimits.MaxDepthExceeded, Refused(query));
        }
    }

    [Fact]
    public void Hundred_aliases_pass_and_101_are_refused_with_TOO_MANY_ALIASES()
    {
        Assert.NotNull(DocumentLimits.Parse(Aliases(100), Defaults));
        Assert.Equal(DocumentLimits.TooManyAliases, Refused(Aliases(101)));
    }

    [Fact]
    public void Fifty_duplicated_directives_are_refused_with_TOO_MANY_DIRECTIVES()
    {
        var query = "{ hello" + string.Concat(Enumerable.Repeat(" @include(if: true)", 50)) + " }";
        Assert.Equal(DocumentLimits.TooManyDirectives, Refused(query));
    }

    [Fact]
    public void Directives_spread_over_many_fields_count_towards_the_document_total()
    {
        var query = "{ " + string.Concat(Enumerable.Range(0, 31).Select(i => $"f{i}: hello @skip(if: false) ")) + "}";
        Assert.Equal(DocumentLimits.TooManyDirectives, Refused(query));
    }

    [Fact]
    public void Unparseable_document_is_a_SYNTAX_ERROR()
    {
        Assert.Equal(DocumentLimits.SyntaxError, Refused("{ hello "));
    }
}
