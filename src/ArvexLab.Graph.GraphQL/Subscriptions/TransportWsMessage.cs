using System.Text.Json;
using GraphQL;
using GraphQL.Transport;

namespace ArvexLab.Graph.GraphQL.Subscriptions;

/// <summary>One client message, checked for the shape the protocol demands; a parse failure says what is wrong.</summary>
internal sealed record TransportWsMessage(string Type, string? Id, JsonElement? Payload)
{
    public static (TransportWsMessage? Message, string? Problem) Parse(string text)
    {
        try
        {
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            {
                return (null, "Messages are JSON objects with a string `type`.");
            }

            string? id = null;
            if (root.TryGetProperty("id", out var idElement))
            {
                if (idElement.ValueKind != JsonValueKind.String || idElement.GetString() is not { Length: > 0 } value)
                {
                    return (null, "`id` must be a non-empty string.");
                }

                id = value;
            }

            JsonElement? payload = root.TryGetProperty("payload", out var p) && p.ValueKind != JsonValueKind.Null ? p.Clone() : null;
            return (new TransportWsMessage(type.GetString()!, id, payload), null);
        }
        catch (JsonException)
        {
            return (null, "Invalid message: not JSON.");
        }
    }

    /// <summary>The connection_init payload as inputs; null when it is not an object.</summary>
    public Inputs? InitPayload(IGraphQLTextSerializer serializer) =>
        Payload is null ? Inputs.Empty
        : Payload.Value.ValueKind == JsonValueKind.Object ? serializer.Deserialize<Inputs>(Payload.Value.GetRawText()) ?? Inputs.Empty
        : null;

    /// <summary>The subscribe payload as a GraphQL request; null when it is malformed.</summary>
    public GraphQLRequest? Request(IGraphQLTextSerializer serializer)
    {
        if (Payload is not { ValueKind: JsonValueKind.Object } payload)
        {
            return null;
        }

        try
        {
            return serializer.Deserialize<GraphQLRequest>(payload.GetRawText());
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    public static string Write(string type, string? id = null, string? rawPayload = null)
    {
        var text = "{\"type\":" + JsonSerializer.Serialize(type);
        if (id is not null)
        {
            text += ",\"id\":" + JsonSerializer.Serialize(id);
        }

        if (rawPayload is not null)
        {
            text += ",\"payload\":" + rawPayload;
        }

        return text + "}";
    }
}
