using GraphQL.Types;
using GraphQLParser.AST;

namespace ArvexLab.Graph.GraphQL.Upload;

/// <summary>
/// The <c>Upload</c> scalar of the GraphQL multipart request specification: only a variable can
/// hold one, filled from a file part of the request; it is never written to a response.
/// </summary>
public sealed class UploadGraphType : ScalarGraphType
{
    public UploadGraphType()
    {
        Name = "Upload";
        Description = "A file sent with the GraphQL multipart request specification (operations + map + files).";
    }

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        UploadedFile file => file,
        _ => ThrowValueConversionError(value),
    };

    public override bool CanParseLiteral(GraphQLValue value) => value is GraphQLNullValue;

    public override object? ParseLiteral(GraphQLValue value) => value is GraphQLNullValue ? null : ThrowLiteralConversionError(value);

    public override object? Serialize(object? value) => null;
}
