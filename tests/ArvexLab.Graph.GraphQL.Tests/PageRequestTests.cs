using ArvexLab.Graph.GraphQL.Errors;
using ArvexLab.Graph.GraphQL.Paging;
using ArvexLab.Graph.GraphQL.Transport;

namespace ArvexLab.Graph.GraphQL.Tests;

public sealed class PageRequestTests
{
    private static readonly PagingOptions Options = new();

    [Fact]
    public void Without_arguments_the_default_page_is_forward()
    {
        Assert.Equal(new PageRequest(20, false, null), PageRequest.From(null, null, null, null, Options));
        Assert.Equal(new PageRequest(5, true, "c"), PageRequest.From(null, null, 5, "c", Options));
    }

    [Theory]
    [InlineData(101, null, null, null, GraphErrorCodes.PageSizeExceeded)]
    [InlineData(5, null, 5, null, GraphErrorCodes.InvalidPagination)]
    [InlineData(-1, null, null, null, GraphErrorCodes.InvalidPagination)]
    [InlineData(5, null, null, "c", GraphErrorCodes.InvalidPagination)]
    [InlineData(null, "c", 5, null, GraphErrorCodes.InvalidPagination)]
    public void Contradictory_or_oversized_arguments_are_typed_errors(int? first, string? after, int? last, string? before, string code)
    {
        var error = Assert.Throws<GraphError>(() => PageRequest.From(first, after, last, before, Options));
        Assert.Equal(code, error.Code);
    }

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("application/graphql-response+json, application/json;q=0.9", "application/graphql-response+json")]
    [InlineData("application/json", "application/json")]
    [InlineData("*/*", "application/graphql-response+json")]
    [InlineData("text/html", null)]
    [InlineData("application/graphql-response+json;q=0, application/json", "application/json")]
    public void Accept_headers_negotiate_the_response_media_type(string? accept, string? expected)
        => Assert.Equal(expected, MediaTypes.Negotiate(accept));
}
