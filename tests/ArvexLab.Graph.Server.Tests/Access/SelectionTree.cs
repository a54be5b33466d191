using System.Text;
using System.Text.Json.Nodes;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Tests.Access;

/// <summary>
/// A selection of everything that identifies objects below a root field — ids, versions, counts — through
/// every object and connection field that needs no argument, a few levels deep. Generated from the
/// schema, so a new field or connection is walked without editing the isolation tests.
/// </summary>
public static class SelectionTree
{
    private static readonly HashSet<string> ScalarsKept = ["id", "version", "totalCount", "hasNextPage"];

    /// <summary>Root query fields the tree can walk: no required arguments, not the node lookups.</summary>
    public static IEnumerable<FieldType> WalkableRoots(ISchema schema) => schema.Query!.Fields
        .Where(f => f.Name is not ("node" or "nodes") && !HasRequiredArguments(f))
        .OrderBy(f => f.Name, StringComparer.Ordinal);

    public static string Query(FieldType root, int depth = 4, int pageSize = 50)
    {
        var text = new StringBuilder("{ ");
        Field(text, root, depth, pageSize, []);
        return text.Append(" }").ToString();
    }

    /// <summary>Every value under an <c>id</c> key in a response.</summary>
    public static List<string> Ids(JsonNode? node)
    {
        var ids = new List<string>();
        Collect(node, ids);
        return ids;
    }

    private static void Collect(JsonNode? node, List<string> ids)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    if (key == "id" && value is JsonValue v && v.TryGetValue<string>(out var id))
                    {
                        ids.Add(id);
                    }
                    else
                    {
                        Collect(value, ids);
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Collect(item, ids);
                }

                break;
        }
    }

    /// <param name="path">Object types already opened above: a type is not opened twice on one path, so cycles end.</param>
    private static void Field(StringBuilder text, FieldType field, int depth, int pageSize, HashSet<string> path)
    {
        text.Append(field.Name);
        if (field.Arguments?.Find("first") is not null)
        {
            text.Append("(first: ").Append(pageSize).Append(')');
        }

        if (SchemaCallBuilder.Unwrap(field.ResolvedType!) is IComplexGraphType complex)
        {
            text.Append(" { __typename ");
            var opened = complex.Name.EndsWith("Connection", StringComparison.Ordinal) ? path : [.. path, complex.Name];
            Children(text, complex, depth - 1, pageSize, opened);
            text.Append('}');
        }
    }

    private static void Children(StringBuilder text, IComplexGraphType type, int depth, int pageSize, HashSet<string> path)
    {
        foreach (var child in type.Fields.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var target = SchemaCallBuilder.Unwrap(child.ResolvedType!);
            if (target is ScalarGraphType or EnumerationGraphType)
            {
                if (ScalarsKept.Contains(child.Name))
                {
                    text.Append(child.Name).Append(' ');
                }
            }
            else if (target is IComplexGraphType && depth > 0 && !HasRequiredArguments(child) && child.Name != "edges" && !path.Contains(target.Name))
            {
                Field(text, child, depth, pageSize, path);
                text.Append(' ');
            }
        }
    }

    private static bool HasRequiredArguments(FieldType field) =>
        field.Arguments?.Any(a => a.ResolvedType is NonNullGraphType && a.DefaultValue is null) == true;
}
