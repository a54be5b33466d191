using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;

namespace ArvexLab.Graph.Bench.Seeding;

/// <summary>
/// PostgreSQL: binary COPY per table through Npgsql, values typed from their CLR type. Rows carry explicit
/// ids, so afterwards every identity sequence is moved past the highest id written (tables keyed otherwise, like the
/// change feed's, have none).
/// </summary>
public sealed class PostgresBulkWriter(IModel model, NpgsqlConnection connection) : IBulkTableWriter
{
    private readonly HashSet<string> tables = [];

    public static async Task<PostgresBulkWriter> OpenAsync(IModel model, string connectionString, CancellationToken cancellationToken)
    {
        // No command timeout: completing a COPY of a million rows, or ANALYZE after it, can outlast the 30 s default.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return new PostgresBulkWriter(model, connection);
    }

    public async Task<long> WriteAsync<T>(IEnumerable<T> rows, CancellationToken cancellationToken) where T : class
    {
        var table = TableColumns.For(model, typeof(T));
        if (table.Columns.Any(c => c.Name == "Id"))
        {
            tables.Add(table.Table);
        }
        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY {TableColumns.Quote(table.Table)} ({table.QuotedColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        long count = 0;
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in table.Columns)
            {
                if (column.Read(row) is { } value)
                {
                    // Binary COPY checks array element types; a List<string> alone would be sent as text[].
                    if (column.StoreType.StartsWith("character varying", StringComparison.Ordinal) && column.StoreType.EndsWith("[]", StringComparison.Ordinal))
                    {
                        await importer.WriteAsync(value, NpgsqlDbType.Array | NpgsqlDbType.Varchar, cancellationToken);
                    }
                    else
                    {
                        await importer.WriteAsync(value, cancellationToken);
                    }
                }
                else
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
            }

            count++;
        }

        await importer.CompleteAsync(cancellationToken);
        return count;
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        foreach (var table in tables)
        {
            var quoted = TableColumns.Quote(table);
            await using var command = new NpgsqlCommand(
                $"SELECT setval(pg_get_serial_sequence('{quoted}', 'Id'), (SELECT COALESCE(MAX(\"Id\"), 1) FROM {quoted}))", connection);
            await command.ExecuteScalarAsync(cancellationToken);
        }

        await using var analyze = new NpgsqlCommand("ANALYZE", connection);
        await analyze.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
