using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace ArvexLab.Graph.GraphQL.Authorization;

/// <summary>
/// Walks the operation that will execute — through inline fragments and fragment spreads, honouring
/// <c>@skip</c>/<c>@include</c> — and lists every schema element with authorization metadata it reaches:
/// the schema and the types whose fields it selects, the fields, their arguments, the arguments'
/// input types and the input fields it sets (in literals and in variables).
/// </summary>
internal sealed class RequirementCollector
{
    private readonly ValidationContext context;
    private readonly Dictionary<string, GraphQLFragmentDefinition> fragments;
    private readonly HashSet<string> fragmentPath = new(StringComparer.Ordinal);
    private readonly HashSet<IMetadataReader> seen = new(ReferenceEqualityComparer.Instance);
    private readonly List<AuthorizationRequirement> found = [];

    private RequirementCollector(ValidationContext context)
    {
        this.context = context;
        fragments = context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public static List<AuthorizationRequirement> Collect(ValidationContext context)
    {
        var collector = new RequirementCollector(context);
        IGraphType? root = context.Operation.Operation switch
        {
            OperationType.Mutation => context.Schema.Mutation,
            OperationType.Subscription => context.Schema.Subscription,
            _ => context.Schema.Query,
        };
        if (root is not null)
        {
            collector.Walk(context.Operation.SelectionSet, root);
        }

        return collector.found;
    }

    private void Walk(GraphQLSelectionSet? selectionSet, IGraphType type)
    {
        foreach (var selection in selectionSet?.Selections ?? [])
        {
            if (!context.ShouldIncludeNode(selection))
            {
                continue;
            }

            switch (selection)
            {
                case GraphQLField field:
                    VisitField(field, type);
                    break;
                case GraphQLInlineFragment inline:
                    if ((inline.TypeCondition is null ? type : Lookup(inline.TypeCondition.Type)) is { } inlineType)
                    {
                        Walk(inline.SelectionSet, inlineType);
                    }

                    break;
                case GraphQLFragmentSpread spread:
                    VisitSpread(spread);
                    break;
            }
        }
    }

    private void VisitSpread(GraphQLFragmentSpread spread)
    {
        var name = spread.FragmentName.Name.StringValue;
        // A fragment cycle is reported by the core rules; here it must just not recurse forever.
        if (!fragments.TryGetValue(name, out var fragment) || !fragmentPath.Add(name))
        {
            return;
        }

        if (Lookup(fragment.TypeCondition.Type) is { } type)
        {
            Walk(fragment.SelectionSet, type);
        }

        fragmentPath.Remove(name);
    }

    private void VisitField(GraphQLField node, IGraphType parent)
    {
        var name = node.Name.StringValue;
        // Introspection (__typename, __schema, __type) is never restricted.
        if (name.StartsWith("__", StringComparison.Ordinal) || parent is not IComplexGraphType complex
            || complex.GetField(name) is not { } field)
        {
            return;
        }

        if (!field.IsAnonymousAllowed())
        {
            if (context.Schema is IMetadataReader schema)
            {
                Require(schema, "the schema", node);
            }

            Require(parent, $"type '{parent.Name}'", node);
        }

        Require(field, $"field '{parent.Name}.{field.Name}'", node);
        VisitArguments(node, field);

        var named = field.ResolvedType?.GetNamedType();
        if (named is null)
        {
            return;
        }

        if (node.SelectionSet is null)
        {
            Require(named, $"type '{named.Name}'", node);
        }
        else
        {
            Walk(node.SelectionSet, named);
        }
    }

    private void VisitArguments(GraphQLField node, FieldType field)
    {
        foreach (var argument in node.Arguments?.Items ?? [])
        {
            if (field.Arguments?.Find(argument.Name.StringValue) is not { } definition)
            {
                continue;
            }

            Require(definition, $"argument '{field.Name}({definition.Name})'", argument);
            VisitInput(definition.ResolvedType, argument.Value, argument);
        }
    }

    private void VisitInput(IGraphType? type, GraphQLValue value, ASTNode node)
    {
        if (type?.GetNamedType() is not { } named)
        {
            return;
        }

        Require(named, $"type '{named.Name}'", node);
        switch (value)
        {
            case GraphQLListValue list:
                foreach (var item in list.Values ?? [])
                {
                    VisitInput(named, item, node);
                }

                break;
            case GraphQLObjectValue literal when named is IInputObjectGraphType input:
                foreach (var set in literal.Fields ?? [])
                {
                    if (input.GetField(set.Name.StringValue) is { } inputField)
                    {
                        Require(inputField, $"input field '{input.Name}.{inputField.Name}'", set);
                        VisitInput(inputField.ResolvedType, set.Value, set);
                    }
                }

                break;
            case GraphQLVariable variable:
                VisitVariableValue(named, Variable(variable.Name.StringValue), node);
                break;
        }
    }

    // Variable values arrive parsed: input objects as dictionaries, lists as lists.
    private void VisitVariableValue(IGraphType named, object? value, ASTNode node)
    {
        switch (value)
        {
            case IDictionary<string, object?> fields when named is IInputObjectGraphType input:
                foreach (var (key, fieldValue) in fields)
                {
                    if (input.GetField(key) is { } inputField && inputField.ResolvedType?.GetNamedType() is { } fieldType)
                    {
                        Require(inputField, $"input field '{input.Name}.{inputField.Name}'", node);
                        Require(fieldType, $"type '{fieldType.Name}'", node);
                        VisitVariableValue(fieldType, fieldValue, node);
                    }
                }

                break;
            case System.Collections.IEnumerable items and not string:
                foreach (var item in items)
                {
                    VisitVariableValue(named, item, node);
                }

                break;
        }
    }

    private object? Variable(string name) =>
        context.Variables is { } variables && variables.TryGetValue(name, out var value) ? value : null;

    private IGraphType? Lookup(GraphQLNamedType type) => context.Schema.AllTypes[type.Name.StringValue];

    private void Require(IMetadataReader element, string description, ASTNode node)
    {
        if (AuthorizationRequirement.Applies(element) && seen.Add(element))
        {
            found.Add(new AuthorizationRequirement(element, description, node));
        }
    }
}
