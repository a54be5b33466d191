using System.Linq.Expressions;
using System.Reflection;
using ArvexLab.Graph.GraphQL.Sorting;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQLParser.AST;

namespace ArvexLab.Graph.GraphQL.Querying;

/// <summary>
/// Reads only the columns a query selects: <c>e =&gt; new T { Id = e.Id, Name = e.Name, … }</c>. Each field
/// says what it reads — expression fields (<c>Field(v =&gt; v.Name)</c>) by themselves, other fields with
/// <see cref="Reads{TSource, TReturn}"/>. When any selected field does not say, the whole row is read.
/// </summary>
public static class SelectionProjection
{
    private const string ReadsKey = "projection:reads";
    private const string ExpressionPropertyKey = "ORIGINAL_EXPRESSION_PROPERTY_NAME";

    /// <summary>Declares the entity members a field's resolver reads (none for fields that load by the entity's ID).</summary>
    public static FieldBuilder<TSource, TReturn> Reads<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, params string[] members)
    {
        field.FieldType.Metadata[ReadsKey] = members;
        return field;
    }

    internal static void MarkReads(FieldType field, params string[] members) => field.Metadata[ReadsKey] = members;

    /// <summary>The projection for the items of the connection <paramref name="context"/> resolves, or null to read whole rows.</summary>
    internal static Expression<Func<T, T>>? ForConnection<T>(IResolveFieldContext context, SortSpec order)
    {
        if (NodeTypeOf(context.FieldDefinition) is not { } nodeType || context.FieldAst.SelectionSet is null)
        {
            return null;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in Fields(context.FieldAst.SelectionSet, context.Document))
        {
            var name = field.Name.StringValue;
            if (name == "nodes" && field.SelectionSet is not null)
            {
                names.UnionWith(Fields(field.SelectionSet, context.Document).Select(f => f.Name.StringValue));
            }
            else if (name == "edges" && field.SelectionSet is not null)
            {
                foreach (var edge in Fields(field.SelectionSet, context.Document).Where(f => f.Name.StringValue == "node" && f.SelectionSet is not null))
                {
                    names.UnionWith(Fields(edge.SelectionSet!, context.Document).Select(f => f.Name.StringValue));
                }
            }
        }

        var members = new HashSet<string>(StringComparer.Ordinal) { "Id" };
        foreach (var name in names.Where(n => n != "__typename"))
        {
            var field = nodeType.GetField(name);
            if (field?.GetMetadata<string[]>(ReadsKey) is { } reads)
            {
                members.UnionWith(reads);
            }
            else if (field?.GetMetadata<string>(ExpressionPropertyKey) is { } property)
            {
                members.Add(property);
            }
            else
            {
                return null;
            }
        }

        foreach (var key in order.Keys)
        {
            members.UnionWith(MembersOf(key.Selector));
        }

        return Build<T>(members);
    }

    private static Expression<Func<T, T>>? Build<T>(IEnumerable<string> members)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var bindings = new List<MemberBinding>();
        foreach (var name in members)
        {
            if (typeof(T).GetProperty(name, BindingFlags.Public | BindingFlags.Instance) is not { CanWrite: true } property)
            {
                return null;
            }

            bindings.Add(Expression.Bind(property, Expression.Property(row, property)));
        }

        return typeof(T).GetConstructor(Type.EmptyTypes) is { } constructor
            ? Expression.Lambda<Func<T, T>>(Expression.MemberInit(Expression.New(constructor), bindings), row)
            : null;
    }

    private static IComplexGraphType? NodeTypeOf(FieldType connectionField)
        => ExpressionParts.Unwrap(connectionField.ResolvedType) is IComplexGraphType connection
            ? ExpressionParts.Unwrap(connection.GetField("nodes")?.ResolvedType) as IComplexGraphType
            : null;


    // Fields of a selection set, through named and inline fragments.
    private static IEnumerable<GraphQLField> Fields(GraphQLSelectionSet selectionSet, GraphQLDocument document)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return field;
                    break;
                case GraphQLInlineFragment inline:
                    foreach (var field in Fields(inline.SelectionSet, document))
                    {
                        yield return field;
                    }

                    break;
                case GraphQLFragmentSpread spread:
                    var definition = document.Definitions.OfType<GraphQLFragmentDefinition>()
                        .FirstOrDefault(d => d.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue);
                    if (definition is not null)
                    {
                        foreach (var field in Fields(definition.SelectionSet, document))
                        {
                            yield return field;
                        }
                    }

                    break;
            }
        }
    }

    private static IEnumerable<string> MembersOf(LambdaExpression selector)
    {
        var collector = new MemberCollector(selector.Parameters[0]);
        collector.Visit(selector.Body);
        return collector.Members;
    }

    private sealed class MemberCollector(ParameterExpression row) : ExpressionVisitor
    {
        public List<string> Members { get; } = [];

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression == row)
            {
                Members.Add(node.Member.Name);
            }

            return base.VisitMember(node);
        }
    }
}
