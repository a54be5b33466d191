using ArvexLab.Graph.GraphQL.Transport;
using GraphQL;
using GraphQL.Transport;

namespace ArvexLab.Graph.GraphQL.Upload;

/// <summary>Puts the received files where the <c>map</c> part says: <c>variables.file</c>, <c>variables.files.0</c>, or <c>0.variables.file</c> in a batch.</summary>
internal static class UploadVariables
{
    public static (IReadOnlyList<GraphQLRequest> Requests, bool IsBatch) Apply(IGraphQLTextSerializer serializer, string operations,
        Dictionary<string, string[]> map, Dictionary<string, UploadedFile> files)
    {
        GraphQLRequest[] requests;
        bool isBatch;
        try
        {
            isBatch = operations.TrimStart().StartsWith('[');
            requests = isBatch
                ? serializer.Deserialize<GraphQLRequest[]>(operations) ?? []
                : [serializer.Deserialize<GraphQLRequest>(operations) ?? throw MultipartRequestReader.Invalid("The `operations` part is empty.")];
        }
        catch (Exception ex) when (ex is not TransportError)
        {
            throw MultipartRequestReader.Invalid("The `operations` part is not a valid GraphQL request in JSON.");
        }

        var variables = requests.Select(r => ToMutable(r.Variables) as Dictionary<string, object?> ?? new Dictionary<string, object?>()).ToArray();
        foreach (var (key, paths) in map)
        {
            if (!files.TryGetValue(key, out var file))
            {
                throw MultipartRequestReader.Invalid($"The file `{key}` named in `map` was not sent.");
            }

            foreach (var path in paths)
            {
                var segments = path.Split('.');
                var index = 0;
                if (isBatch && (!int.TryParse(segments[0], out index) || index < 0 || index >= requests.Length))
                {
                    throw MultipartRequestReader.Invalid($"`{path}` does not name an operation of the batch.");
                }

                var rest = isBatch ? segments[1..] : segments;
                if (rest.Length < 2 || rest[0] != "variables")
                {
                    throw MultipartRequestReader.Invalid($"`{path}` must point into `variables`.");
                }

                Set(variables[index], rest[1..], file, path);
            }
        }

        for (var i = 0; i < requests.Length; i++)
        {
            requests[i].Variables = new Inputs(variables[i]);
        }

        return (requests, isBatch);
    }

    private static void Set(object? container, string[] path, UploadedFile file, string fullPath)
    {
        for (var i = 0; i < path.Length; i++)
        {
            var last = i == path.Length - 1;
            switch (container)
            {
                case Dictionary<string, object?> dictionary when last:
                    dictionary[path[i]] = file;
                    return;
                case Dictionary<string, object?> dictionary when dictionary.TryGetValue(path[i], out var next):
                    container = next;
                    break;
                case List<object?> list when int.TryParse(path[i], out var at) && at >= 0 && at < list.Count:
                    if (last)
                    {
                        list[at] = file;
                        return;
                    }

                    container = list[at];
                    break;
                default:
                    throw MultipartRequestReader.Invalid($"`{fullPath}` does not point at a variable holding null.");
            }
        }
    }

    // Inputs are read-only; copy the tree into dictionaries and lists that the map can write into.
    private static object? ToMutable(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> dictionary => dictionary.ToDictionary(p => p.Key, p => ToMutable(p.Value), StringComparer.Ordinal),
        IEnumerable<object?> list when value is not string => list.Select(ToMutable).ToList(),
        _ => value,
    };
}
