namespace ArvexLab.Graph.Bench.Seeding;

/// <summary>
/// How much data to seed. The base unit (scale 1) is a hundredth of the target, so
/// <c>--scale 100</c> is the full 2,000 vendors / 10,000 documents / 500,000 controls / 50,000 exceptions /
/// 80,000 CUECs (plus two control mappings per control), and 1, 10, 100 give the scaling curve.
/// Per-vendor and per-document shapes stay the same at every scale, so only the table sizes grow.
/// </summary>
public sealed record SeedScale(int Factor)
{
    public const int DocumentsPerVendor = 5;
    public const int ControlsPerDocument = 50;
    public const int ExceptionsPerDocument = 5;
    public const int CuecsPerDocument = 8;
    public const int MappingsPerControl = 2;

    public int Vendors => 20 * Factor;
    public int Documents => Vendors * DocumentsPerVendor;
    public int Controls => Documents * ControlsPerDocument;
    public int Exceptions => Documents * ExceptionsPerDocument;
    public int Cuecs => Documents * CuecsPerDocument;
    public int Mappings => Controls * MappingsPerControl;

    /// <summary>Change feed entries: each vendor and each document created.</summary>
    public int Changes => Vendors + Documents;

    public override string ToString() =>
        $"{Factor}x: {Vendors:N0} vendors, {Documents:N0} documents, {Controls:N0} controls, {Exceptions:N0} exceptions, {Cuecs:N0} CUECs, {Mappings:N0} control mappings, {Changes:N0} changes";
}
