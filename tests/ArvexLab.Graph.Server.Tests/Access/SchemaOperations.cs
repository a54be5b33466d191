using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ArvexLab.Graph.Server.Tests.Infrastructure;
using GraphQL.Types;

namespace ArvexLab.Graph.Server.Tests.Access;

/// <summary>
/// One call of a root field, generated from the schema: every argument a variable, every required input
/// field filled with a value of its type. A new mutation is covered by the matrices without editing them.
/// </summary>
public sealed record SchemaCall(string FieldName, string Query, JsonObject Variables, IReadOnlyList<string> UploadPaths, int IdCount)
{
    /// <summary>A tiny but well-formed PDF, so a call that is allowed gets past content sniffing.</summary>
    private static readonly byte[] PdfBytes = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    public async Task<GraphResponse> SendAsync(GraphClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = UploadPaths.Count == 0
                ? new StringContent(new JsonObject { ["query"] = Query, ["variables"] = Variables.DeepClone() }.ToJsonString(), Encoding.UTF8, "application/json")
                : Multipart(),
        };
        request.Headers.Add("GraphQL-Require-Preflight", "matrix");
        using var response = await client.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.False(string.IsNullOrEmpty(body), $"{FieldName}: HTTP {(int)response.StatusCode} with an empty body");
        return new GraphResponse((int)response.StatusCode, JsonNode.Parse(body)!.AsObject());
    }

    /// <summary>The GraphQL multipart request spec: operations, map, then the files.</summary>
    private MultipartFormDataContent Multipart()
    {
        var form = new MultipartFormDataContent();
        form.Add(new StringContent(new JsonObject { ["query"] = Query, ["variables"] = Variables.DeepClone() }.ToJsonString()), "operations");
        var map = new JsonObject();
        for (var i = 0; i < UploadPaths.Count; i++)
        {
            map[i.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new JsonArray(UploadPaths[i]);
        }

        form.Add(new StringContent(map.ToJsonString()), "map");
        for (var i = 0; i < UploadPaths.Count; i++)
        {
            var file = new ByteArrayContent(PdfBytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"matrix-{i}.pdf");
        }

        return form;
    }

    public override string ToString() => FieldName;
}

/// <summary>Builds <see cref="SchemaCall"/>s; <paramref name="id"/> supplies each ID (by its position) and <paramref name="version"/> each <c>version</c>.</summary>
public sealed class SchemaCallBuilder(Func<int, string> id, int version = 1)
{
    private readonly List<string> uploads = [];
    private int ids;

    public static SchemaCall Build(string operation, FieldType field, Func<int, string> id, int version = 1) =>
        new SchemaCallBuilder(id, version).BuildCall(operation, field);

    private SchemaCall BuildCall(string operation, FieldType field)
    {
        var variables = new JsonObject();
        var declarations = new List<string>();
        var arguments = new List<string>();
        foreach (var argument in field.Arguments ?? [])
        {
            if (argument.ResolvedType is not NonNullGraphType && argument.Name != "id")
            {
                continue;
            }

            declarations.Add($"${argument.Name}: {TypeName(argument.ResolvedType!)}");
            arguments.Add($"{argument.Name}: ${argument.Name}");
            variables[argument.Name] = Value(argument.ResolvedType!, argument.Name, $"variables.{argument.Name}");
        }

        var head = declarations.Count == 0 ? operation : $"{operation}({string.Join(", ", declarations)})";
        var call = arguments.Count == 0 ? field.Name : $"{field.Name}({string.Join(", ", arguments)})";
        var selection = Unwrap(field.ResolvedType!) switch
        {
            IComplexGraphType payload when payload.HasField("errors") => " { __typename errors { code } }",
            IComplexGraphType => " { __typename }",
            _ => "",
        };
        return new SchemaCall(field.Name, $"{head} {{ {call}{selection} }}", variables, uploads, ids);
    }

    private JsonNode? Value(IGraphType type, string name, string path)
    {
        switch (type)
        {
            case NonNullGraphType nonNull:
                return Value(nonNull.ResolvedType!, name, path);
            case ListGraphType list:
                return new JsonArray(Value(list.ResolvedType!, name, path + ".0"));
            case IInputObjectGraphType input:
                var value = new JsonObject();
                foreach (var field in input.Fields.Where(f => (f.ResolvedType is NonNullGraphType && f.DefaultValue is null) || f.Name == "version"))
                {
                    value[field.Name] = Value(field.ResolvedType!, field.Name, $"{path}.{field.Name}");
                }

                return value;
            case EnumerationGraphType enumeration:
                return enumeration.Values.First().Name;
            case IdGraphType:
                return id(ids++);
            case IntGraphType:
                return name == "version" ? version : 1;
            case FloatGraphType:
                return 0.5;
            case BooleanGraphType:
                return false;
            case StringGraphType:
                return "matrix";
            case ScalarGraphType scalar when scalar.Name == "Upload":
                uploads.Add(path);
                return null;
            case ScalarGraphType scalar when scalar.Name is "DateTime" or "DateTimeOffset":
                return "2026-01-01T00:00:00Z";
            case ScalarGraphType scalar when scalar.Name is "Date" or "DateOnly":
                return "2026-01-01";
            case ScalarGraphType scalar when scalar.Name is "Decimal":
                return 0.5;
            default:
                throw new NotSupportedException($"The access matrix cannot make a value of type {type.Name} ({name}); teach {nameof(SchemaCallBuilder)}.");
        }
    }

    public static string TypeName(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => TypeName(nonNull.ResolvedType!) + "!",
        ListGraphType list => $"[{TypeName(list.ResolvedType!)}]",
        _ => type.Name,
    };

    public static IGraphType Unwrap(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType!),
        ListGraphType list => Unwrap(list.ResolvedType!),
        _ => type,
    };
}
