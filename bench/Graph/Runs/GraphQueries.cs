namespace ArvexLab.Graph.Bench.Runs;

/// <summary>The operations measured; each baseline in <c>BaselineEndpoints</c> selects the same data.</summary>
public static class GraphQueries
{
    /// <summary>The portal's vendor list: filtered, sorted, 20 rows.</summary>
    public const string VendorList = """
        query VendorList {
          vendors(first: 20, where: { status: { eq: ACTIVE }, criticality: { in: [HIGH, CRITICAL] } }, order: [{ name: ASC }]) {
            nodes { id name website criticality status owner tags updatedAt }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    /// <summary>A vendor posture page: vendor → 5 documents → 20 controls each → mappings → requirements.</summary>
    public const string Posture = """
        query Posture($id: ID!) {
          vendor(id: $id) {
            id name criticality
            documents(first: 5) {
              nodes {
                id title kind status periodEnd
                controls(first: 20) {
                  nodes {
                    id ref description result
                    mappings(first: 5) { nodes { id method confidence requirement { id ref title } } }
                  }
                }
              }
            }
          }
        }
        """;

    /// <summary>A partner's sync page: the first 100 entries of the change feed.</summary>
    public const string Changes = """
        query Changes {
          changes(first: 100) {
            nodes { entityType entityId operation version occurredAt }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    public const string Node = """
        query Node($id: ID!) {
          node(id: $id) { id ... on Vendor { name criticality status updatedAt } }
        }
        """;

    public const string VendorPage = """
        query VendorPage($after: String) {
          vendors(first: 2, after: $after, order: [{ name: ASC }]) { nodes { id name criticality } pageInfo { hasNextPage endCursor } }
        }
        """;

    public const string ControlPage = """
        query ControlPage($after: String) {
          controls(first: 20, after: $after) { nodes { id ref result confidence } pageInfo { hasNextPage endCursor } }
        }
        """;

    /// <summary>Three nested connection levels under a list of <c>$n</c> vendors: statements must not grow with <c>$n</c>.</summary>
    public const string PageSize = """
        query PageSize($n: Int) {
          vendors(first: $n, order: [{ name: ASC }]) {
            nodes {
              id name
              documents(first: 5) { nodes { id title controls(first: 5) { nodes { id ref mappings(first: 2) { nodes { id requirement { ref } } } } } } }
            }
          }
        }
        """;

    public const string VendorIds = """
        query VendorIds { vendors(first: 100) { nodes { id } } }
        """;

    /// <summary>Walks a connection 100 rows at a time to find the cursor a deep page starts after.</summary>
    public static string CursorWalk(string field, string arguments) => $$"""
        query Walk($after: String) { {{field}}(first: 100, after: $after{{arguments}}) { edges { cursor } pageInfo { hasNextPage } } }
        """;

    public const string RootFields = """
        query Fields { mutation: __type(name: "Mutation") { fields { name } } vendor: __type(name: "Vendor") { fields { name } } }
        """;
}
