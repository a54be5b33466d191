using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ArvexLab.Graph.Bench.Seeding;

/// <summary>
/// SQLite: one transaction for everything, one prepared parameterized INSERT per table whose parameters are
/// re-bound for each row. Durability is relaxed (synchronous = OFF) only on this seeding connection.
/// </summary>
public sealed class SqliteBulkWriter : IBulkTableWriter
{
    private readonly IModel model;
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;

    private SqliteBulkWriter(IModel model, SqliteConnection connection, SqliteTransaction transaction)
    {
        this.model = model;
        this.connection = connection;
        this.transaction = transaction;
    }

    public static async Task<SqliteBulkWriter> OpenAsync(IModel model, string path, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; PRAGMA cache_size = -200000; PRAGMA foreign_keys = OFF;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        return new SqliteBulkWriter(model, connection, (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken));
    }

    public Task<long> WriteAsync<T>(IEnumerable<T> rows, CancellationToken cancellationToken) where T : class
    {
        var table = TableColumns.For(model, typeof(T));
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var parameters = table.Columns.Select((_, i) => command.Parameters.Add(new SqliteParameter("$p" + i, null))).ToArray();
        command.CommandText = $"INSERT INTO {TableColumns.Quote(table.Table)} ({table.QuotedColumnList}) VALUES ({string.Join(", ", parameters.Select(p => p.ParameterName))})";
        command.Prepare();
        long count = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = table.Columns[i].Read(row) ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
            count++;
            if ((count & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        return Task.FromResult(count);
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        await transaction.CommitAsync(cancellationToken);
        await using var analyze = connection.CreateCommand();
        // Fresh statistics so the planner picks the same indexes it would on a database grown by use.
        analyze.CommandText = "ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);";
        await analyze.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}
