namespace ArvexLab.Graph.Server.Data.Configurations;

/// <summary>Column length limits shared by the configurations, so the API's input validation can quote them.</summary>
public static class Lengths
{
    public const int Name = 200;
    public const int Slug = 64;
    public const int Url = 2048;
    public const int Person = 256;
    public const int Ref = 64;
    public const int Key = 100;
    public const int Code = 64;
    public const int Sha256Hex = 64;
    public const int FileName = 400;
    public const int ShortText = 1000;
    public const int Notes = 8000;
}
