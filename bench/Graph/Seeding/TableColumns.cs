using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ArvexLab.Graph.Bench.Seeding;

/// <summary>
/// The columns of an entity's table as the server's EF Core model maps them, each with a reader that turns
/// an entity into the provider value EF would write (enum → int, UTC ticks on SQLite, JSON lists…). Reading
/// the model instead of hard-coding columns keeps the bulk seeder in step with the server's migrations.
/// </summary>
public sealed class TableColumns
{
    private TableColumns(string table, IReadOnlyList<TableColumn> columns)
    {
        Table = table;
        Columns = columns;
    }

    public string Table { get; }

    public IReadOnlyList<TableColumn> Columns { get; }

    public string QuotedColumnList => string.Join(", ", Columns.Select(c => Quote(c.Name)));

    public static TableColumns For(IModel model, Type clrType)
    {
        var entityType = model.FindEntityType(clrType) ?? throw new InvalidOperationException($"{clrType.Name} is not in the model.");
        var table = entityType.GetTableMappings().Single();
        var columns = table.ColumnMappings
            .Where(c => !c.Property.IsShadowProperty())
            .Select(c => new TableColumn(c.Column.Name, c.Column.StoreType, c.Property.GetGetter(), c.TypeMapping.Converter))
            .ToList();
        return new TableColumns(table.Table.Name, columns);
    }

    public static string Quote(string identifier) => "\"" + identifier + "\"";
}

/// <summary>One column: its name and how to read its provider value from an entity.</summary>
public sealed class TableColumn(string name, string storeType, IClrPropertyGetter getter, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? converter)
{
    public string Name => name;

    /// <summary>The column's database type as the migrations declare it, e.g. <c>character varying(200)[]</c>.</summary>
    public string StoreType => storeType;

    public object? Read(object entity)
    {
        var value = getter.GetClrValue(entity);
        return value is null || converter is null ? value : converter.ConvertToProvider(value);
    }
}
