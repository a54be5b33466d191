using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ArvexLab.Graph.Server.Data.Interceptors;

/// <summary>
/// Counts the SQL commands executed inside a tally's async flow, so tests and benchmarks can state
/// "this request runs N statements". A tally started at the top of a request also sees the commands of
/// the parallel resolvers it starts, because the async-local value flows into child tasks.
/// </summary>
public interface ISqlCommandCounter
{
    /// <summary>Start counting for the current async flow until the tally is disposed.</summary>
    SqlCommandTally Begin();
}

/// <summary>The commands counted since <see cref="ISqlCommandCounter.Begin"/>; nested tallies each see their own and inner commands.</summary>
public sealed class SqlCommandTally : IDisposable
{
    private readonly ConcurrentQueue<string> commands = new();
    private readonly Action<SqlCommandTally> onDispose;

    internal SqlCommandTally(SqlCommandTally? outer, Action<SqlCommandTally> onDispose)
    {
        Outer = outer;
        this.onDispose = onDispose;
    }

    internal SqlCommandTally? Outer { get; }

    public int Count => commands.Count;

    /// <summary>The SQL text of each counted command, in execution order (for assertion messages).</summary>
    public IReadOnlyList<string> Commands => [.. commands];

    internal void Record(string sql) => commands.Enqueue(sql);

    public void Dispose() => onDispose(this);
}

/// <summary>The EF Core interceptor behind <see cref="ISqlCommandCounter"/>; registered on every context.</summary>
public sealed class SqlCommandCounter : DbCommandInterceptor, ISqlCommandCounter
{
    private readonly AsyncLocal<SqlCommandTally?> current = new();

    public SqlCommandTally Begin()
    {
        var tally = new SqlCommandTally(current.Value, t =>
        {
            if (ReferenceEquals(current.Value, t))
            {
                current.Value = t.Outer;
            }
        });
        current.Value = tally;
        return tally;
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command)
    {
        for (var tally = current.Value; tally is not null; tally = tally.Outer)
        {
            tally.Record(command.CommandText);
        }
    }
}
