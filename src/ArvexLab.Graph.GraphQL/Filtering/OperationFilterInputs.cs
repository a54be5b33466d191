using GraphQL;
using GraphQL.Types;

namespace ArvexLab.Graph.GraphQL.Filtering;

/// <summary>Conditions on a string member. <c>contains</c>/<c>startsWith</c>/<c>endsWith</c> ignore case.</summary>
public sealed class StringOperationFilterInput : InputObjectGraphType
{
    public StringOperationFilterInput()
    {
        Name = "StringOperationFilterInput";
        Description = "Conditions on a text value; all given conditions must hold.";
        this.AddEqualityOperations<StringGraphType>();
        Field<StringGraphType>("contains").Description("Contains the text, ignoring case.");
        Field<StringGraphType>("startsWith").Description("Starts with the text, ignoring case.");
        Field<StringGraphType>("endsWith").Description("Ends with the text, ignoring case.");
    }
}

/// <summary>Conditions on an ordered scalar (numbers, dates, times); named e.g. <c>IntOperationFilterInput</c>.</summary>
public sealed class ComparableOperationFilterInput<TScalarType> : InputObjectGraphType
    where TScalarType : ScalarGraphType
{
    public ComparableOperationFilterInput()
    {
        Name = $"{typeof(TScalarType).GraphQLName()}OperationFilterInput";
        Description = "Conditions on an ordered value; all given conditions must hold.";
        this.AddEqualityOperations<TScalarType>();
        Field<TScalarType>("gt").Description("Greater than.");
        Field<TScalarType>("gte").Description("Greater than or equal to.");
        Field<TScalarType>("lt").Description("Less than.");
        Field<TScalarType>("lte").Description("Less than or equal to.");
    }
}

/// <summary>Conditions on an enum member; named e.g. <c>CriticalityOperationFilterInput</c>.</summary>
public sealed class EnumOperationFilterInput<TEnumType> : InputObjectGraphType
    where TEnumType : EnumerationGraphType
{
    public EnumOperationFilterInput()
    {
        Name = $"{EnumName()}OperationFilterInput";
        Description = "Conditions on an enumerated value; all given conditions must hold.";
        this.AddEqualityOperations<TEnumType>();
    }

    private static string EnumName()
    {
        var name = typeof(TEnumType).GraphQLName();
        return name.EndsWith("Enum", StringComparison.Ordinal) ? name[..^4] : name;
    }
}

/// <summary>Conditions on a boolean member.</summary>
public sealed class BooleanOperationFilterInput : InputObjectGraphType
{
    public BooleanOperationFilterInput()
    {
        Name = "BooleanOperationFilterInput";
        Description = "Conditions on a true/false value.";
        Field<BooleanGraphType>("eq").Description("Equal to.");
        Field<BooleanGraphType>("neq").Description("Not equal to.");
    }
}

/// <summary>Conditions on a list of strings (tags, services, criteria).</summary>
public sealed class StringListFilterInput : InputObjectGraphType
{
    public StringListFilterInput()
    {
        Name = "StringListFilterInput";
        Description = "Conditions on a list of text values.";
        Field<StringOperationFilterInput>("some").Description("At least one element matches.");
        Field<StringOperationFilterInput>("none").Description("No element matches.");
        Field<BooleanGraphType>("any").Description("true: the list is not empty; false: it is empty.");
    }
}

/// <summary>Conditions on a related collection; named e.g. <c>ControlListFilterInput</c>.</summary>
public sealed class ListFilterInputType<TFilterType> : InputObjectGraphType
    where TFilterType : IInputObjectGraphType
{
    public ListFilterInputType()
    {
        var element = typeof(TFilterType).Name.Replace("FilterInput", "", StringComparison.Ordinal);
        Name = $"{element}ListFilterInput";
        Description = $"Conditions on a list of {element} objects.";
        Field<TFilterType>("some").Description("At least one element matches.");
        Field<TFilterType>("all").Description("Every element matches.");
        Field<TFilterType>("none").Description("No element matches.");
        Field<BooleanGraphType>("any").Description("true: the list is not empty; false: it is empty.");
    }
}

/// <summary>The equality conditions every operation input shares.</summary>
internal static class EqualityOperations
{
    public static void AddEqualityOperations<TValueType>(this InputObjectGraphType type) where TValueType : IGraphType
    {
        type.Field<TValueType>("eq").Description("Equal to (text: exact and case-sensitive); null matches a missing value.");
        type.Field<TValueType>("neq").Description("Not equal to.");
        type.Field<ListGraphType<NonNullGraphType<TValueType>>>("in").Description("Equal to one of.");
        type.Field<ListGraphType<NonNullGraphType<TValueType>>>("nin").Description("Equal to none of.");
    }
}
