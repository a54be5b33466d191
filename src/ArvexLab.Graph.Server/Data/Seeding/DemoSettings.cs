namespace ArvexLab.Graph.Server.Data.Seeding;

/// <summary><c>Demo:Enabled</c> (default true): seed the demo organizations into an empty database.</summary>
public sealed record DemoSettings(bool Enabled)
{
    public static DemoSettings From(IConfiguration configuration) => new(configuration.GetValue("Demo:Enabled", true));
}
