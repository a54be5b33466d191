using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ArvexLab.Graph.Server.Data.Interceptors;

/// <summary>
/// Per-connection SQLite settings. WAL lets readers run beside the one writer; busy_timeout makes a writer wait
/// for the lock instead of failing at once with 'database is locked' under concurrent uploads and reviews.
/// journal_mode is persistent in the file, so setting it on each open is a cheap no-op after the first.
/// </summary>
public sealed class SqliteConnectionPragmas : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconds = 5000;
    public static readonly SqliteConnectionPragmas Instance = new();

    private const string Pragmas = "PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;";

    private SqliteConnectionPragmas()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
