namespace ArvexLab.Graph.GraphQL.Errors;

/// <summary>The <c>extensions.code</c> values the infrastructure itself produces.</summary>
public static class GraphErrorCodes
{
    public const string InvalidId = "INVALID_ID";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string InvalidPagination = "INVALID_PAGINATION";
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
    public const string InvalidFilter = "INVALID_FILTER";
    public const string InvalidSort = "INVALID_SORT";
    public const string NotFound = "NOT_FOUND";
    public const string BadRequest = "BAD_REQUEST";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
