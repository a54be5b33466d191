using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ArvexLab.Graph.Server.Features.Sync.Changes;

/// <summary>
/// Inserts many rows of one table in the context's current transaction with few statements, for the rare writes of
/// thousands of rows where EF's per-row save dominates. Columns and values go through the model's column names and
/// type mappings (value converters included), so rows are stored exactly as EF would store them. Bypasses
/// interceptors: the caller stamps the rows and records the change feed. Failures surface as
/// <see cref="DbUpdateException"/>, like a failed SaveChanges.
/// </summary>
internal static class SetInsert
{
    // PostgreSQL: multi-row VALUES, so 2,700 rows are 3 round trips, not 2,700 (65,535 parameters at most).
    // SQLite has no round trips, but Microsoft.Data.Sqlite binds each parameter by name and SQLite looks a name up
    // by a linear search, so binding grows with the square of the parameters per statement (measured on the real
    // report: 1,000 rows per statement was slower than EF): one row per statement, prepared once, re-bound per row.
    private const int PostgresRowsPerStatement = 1_000;
    private const int MaxParameters = 32_766; // SQLite's limit

    private static int RowsPerStatement(DbContext db) => db.Database.IsSqlite() ? 1 : PostgresRowsPerStatement;

    /// <summary>Inserts <paramref name="rows"/> (values in the order of <paramref name="properties"/>) and returns the
    /// <paramref name="returning"/> columns of each inserted row, in no particular order.</summary>
    public static async Task<List<object[]>> InsertAsync(
        DbContext db, Type entity, IReadOnlyList<string> properties, IReadOnlyList<object?[]> rows, IReadOnlyList<string> returning, CancellationToken cancellationToken)
    {
        var type = db.Model.FindEntityType(entity) ?? throw new ArgumentException($"{entity.Name} is not in the model.", nameof(entity));
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = properties.Select(p => type.FindProperty(p) ?? throw new ArgumentException($"{entity.Name}.{p} is not mapped.", nameof(properties))).ToList();
        var mappings = columns.Select(c => c.GetRelationalTypeMapping()).ToList();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))}) VALUES ";
        var tail = returning.Count == 0 ? "" : " RETURNING " + string.Join(", ", returning.Select(r => sql.DelimitIdentifier(type.FindProperty(r)!.GetColumnName(table)!)));
        var perStatement = Math.Min(RowsPerStatement(db), MaxParameters / columns.Count);

        var results = new List<object[]>(returning.Count == 0 ? 0 : rows.Count);
        DbCommand? command = null;
        try
        {
            for (var start = 0; start < rows.Count; start += perStatement)
            {
                var count = Math.Min(perStatement, rows.Count - start);
                if (command is null || command.Parameters.Count != count * columns.Count)
                {
                    // The same text again keeps the provider's prepared statement; only the last, shorter chunk differs.
                    await (command?.DisposeAsync() ?? ValueTask.CompletedTask);
                    command = db.Database.GetDbConnection().CreateCommand();
                    command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                    command.CommandText = head + string.Join(", ", Enumerable.Range(0, count).Select(r => Row(r, columns.Count))) + tail;
                }

                command.Parameters.Clear();
                for (var r = 0; r < count; r++)
                {
                    for (var c = 0; c < columns.Count; c++)
                    {
                        command.Parameters.Add(mappings[c].CreateParameter(command, $"@p{(r * columns.Count) + c}", rows[start + r][c], columns[c].IsNullable));
                    }
                }

                await ExecuteAsync(command, returning.Count, results, cancellationToken);
            }
        }
        finally
        {
            await (command?.DisposeAsync() ?? ValueTask.CompletedTask);
        }

        return results;
    }

    private static string Row(int row, int columns)
        => "(" + string.Join(", ", Enumerable.Range(row * columns, columns).Select(i => $"@p{i}")) + ")";
    private static async Task ExecuteAsync(DbCommand command, int returning, List<object[]> results, CancellationToken cancellationToken)
    {
        try
        {
            if (returning == 0)
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
                return;
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var values = new object[returning];
                reader.GetValues(values);
                results.Add(values);
            }
        }
        catch (DbException e)
        {
            throw new DbUpdateException("A set-based insert failed: " + e.Message, e);
        }
    }
}
