using System.Collections.Immutable;
using System.Text.Json;
using OpenIddict.Abstractions;

namespace ArvexLab.Graph.Server.Features.Identity;

/// <summary>
/// A partner client is bound to one organization. The binding lives in the OpenIddict application's
/// properties, so no extra table is needed and deleting the application removes it.
/// </summary>
public static class PartnerClientOrganization
{
    public const string PropertyName = "organization_id";

    public static void Bind(OpenIddictApplicationDescriptor descriptor, long organizationId) =>
        descriptor.Properties[PropertyName] = JsonSerializer.SerializeToElement(organizationId);

    public static long? Read(ImmutableDictionary<string, JsonElement> properties) =>
        properties.TryGetValue(PropertyName, out var value) && value.ValueKind == JsonValueKind.Number
            && value.TryGetInt64(out var id)
            ? id
            : null;

    public static async Task<long?> ReadAsync(IOpenIddictApplicationManager applications, object application, CancellationToken ct) =>
        Read(await applications.GetPropertiesAsync(application, ct));
}
