using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace ArvexLab.PartnerSync;

/// <summary>
/// The partner's own database: one row per mirrored object (type, global ID, version, JSON) and the feed cursor.
/// A page of changes and the cursor after it are written in one transaction, so a crash never skips or repeats one.
/// </summary>
public sealed class MirrorStore : IDisposable
{
    private readonly SqliteConnection connection;

    public MirrorStore(string path)
    {
        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path }.ToString());
        connection.Open();
        Execute("""
            CREATE TABLE IF NOT EXISTS objects (type TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL, json TEXT NOT NULL, PRIMARY KEY (type, id));
            CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            """);
    }

    public string? Cursor
    {
        get
        {
            using var command = Command("SELECT value FROM state WHERE key = 'cursor'");
            return command.ExecuteScalar() as string;
        }
    }

    public SqliteTransaction Begin() => connection.BeginTransaction();

    public void SetCursor(SqliteTransaction transaction, string cursor)
    {
        using var command = Command("INSERT INTO state (key, value) VALUES ('cursor', $v) ON CONFLICT (key) DO UPDATE SET value = $v", transaction);
        command.Parameters.AddWithValue("$v", cursor);
        command.ExecuteNonQuery();
    }

    /// <summary>Stores the object unless the mirror already holds a newer version (changes may carry newer state than their own).</summary>
    public void Upsert(SqliteTransaction transaction, string type, JsonNode entity)
    {
        using var command = Command("""
            INSERT INTO objects (type, id, version, json) VALUES ($t, $id, $v, $j)
            ON CONFLICT (type, id) DO UPDATE SET version = excluded.version, json = excluded.json WHERE excluded.version >= objects.version
            """, transaction);
        command.Parameters.AddWithValue("$t", type);
        command.Parameters.AddWithValue("$id", entity["id"]!.GetValue<string>());
        command.Parameters.AddWithValue("$v", entity["version"]!.GetValue<int>());
        command.Parameters.AddWithValue("$j", entity.ToJsonString());
        command.ExecuteNonQuery();
    }

    public void Delete(SqliteTransaction transaction, string type, string id)
    {
        using var command = Command("DELETE FROM objects WHERE type = $t AND id = $id", transaction);
        command.Parameters.AddWithValue("$t", type);
        command.Parameters.AddWithValue("$id", id);
        command.ExecuteNonQuery();
    }

    public Dictionary<(string Type, string Id), string> All()
    {
        var all = new Dictionary<(string, string), string>();
        using var command = Command("SELECT type, id, json FROM objects");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            all[(reader.GetString(0), reader.GetString(1))] = reader.GetString(2);
        }

        return all;
    }

    private void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    public void Dispose() => connection.Dispose();
}
