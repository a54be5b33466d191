namespace ArvexLab.Graph.Extraction.Semantics;

/// <summary>Where a table's columns of a role are.</summary>
internal static class ColumnRoles
{
    /// <summary>The index of the first column with the first of <paramref name="wanted"/> the table has; -1 when none.</summary>
    public static int ColumnOf(this IReadOnlyList<ColumnRole> roles, params ColumnRole[] wanted)
    {
        foreach (var role in wanted)
        {
            for (var i = 0; i < roles.Count; i++)
            {
                if (roles[i] == role)
                {
                    return i;
                }
            }
        }

        return -1;
    }
}
