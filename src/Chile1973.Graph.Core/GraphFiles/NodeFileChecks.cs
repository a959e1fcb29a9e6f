using Chile1973.Graph.Core.GraphFiles.Reading;
using Chile1973.Graph.Core.Model;

namespace Chile1973.Graph.Core.GraphFiles;

/// <summary>Turns the rows of a node file into nodes, reporting every problem the reader left to the curated checks.</summary>
internal static class NodeFileChecks
{
    public static void Check(NodeTable table, GraphValidationContext context)
    {
        var header = GraphFileHeader.Check(table.Layout, table.File, context.Problems);
        if (!header.IsUsable)
        {
            return;
        }

        var nameIndex = header.IndexOf("name");
        for (var r = 0; r < table.RowCount; r++)
        {
            var row = new GraphRow(table, r, header, context.Problems);
            var id = table.Ids[r].Length == 0 ? null : table.Ids[r];
            if (id is not null && !GraphIds.IsNodeId(id))
            {
                row.Report("id:ID", $"'{id}' is not a node id: use lower snake case like salvador_allende");
                id = null;
            }

            var label = table.Labels[r];
            if (label is null)
            {
                row.Report(":LABEL", "missing required value");
            }
            NodeKind kind = default;
            if (label is not null && !TryKind(label, out kind))
            {
                row.Report(":LABEL", $"unknown label '{label}': expected one of {string.Join(", ", Enum.GetNames<NodeKind>())}");
            }

            var name = row.Required(nameIndex, "name");
            var aliases = ReadAliases(row, header);
            var start = row.Date("start");
            var end = row.Date("end");
            row.CheckSpan(start, end);
            var description = row.Cell(header.IndexOf("description"));
            var provenance = row.Provenance(context.Seeds);
            var extras = row.Extras();
            context.CheckClaimant(row, extras);
            if (row.IsValid && id is not null && name is not null)
            {
                context.Nodes.Add(new GraphNode(id, kind, name, aliases, start, end, description, extras, provenance, row.Location));
            }
        }
    }

    private static bool TryKind(string label, out NodeKind kind)
    {
        foreach (var candidate in Enum.GetValues<NodeKind>())
        {
            if (string.Equals(candidate.ToString(), label, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    private static string[] ReadAliases(GraphRow row, GraphFileHeader header)
    {
        return row.Value(header.IndexOf("aliases")) is IReadOnlyList<object?> aliases ? [.. aliases.Cast<string>()] : [];
    }
}
