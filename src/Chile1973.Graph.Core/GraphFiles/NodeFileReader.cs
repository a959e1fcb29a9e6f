using Chile1973.Graph.Core.Model;

namespace Chile1973.Graph.Core.GraphFiles;

/// <summary>Turns the rows of a node file into nodes, reporting every problem.</summary>
internal static class NodeFileReader
{
    public static void Read(
        string file,
        IReadOnlyList<CsvRecord> records,
        GraphValidationContext context)
    {
        var header = GraphFileHeader.Parse(records[0], file, GraphFileKind.Nodes, context.Problems);
        if (!header.IsUsable)
        {
            return;
        }

        var idIndex = header.IndexOf(ColumnRole.Id);
        var labelIndex = header.IndexOf(ColumnRole.Label);
        var nameIndex = header.IndexOf("name");
        foreach (var record in records.Skip(1))
        {
            if (!context.HasWidth(file, record, header))
            {
                continue;
            }

            var row = new GraphRow(file, record, header, GraphFileKind.Nodes, context.Problems);
            var id = row.Required(idIndex, "id:ID");
            if (id is not null && !GraphIds.IsNodeId(id))
            {
                row.Report("id:ID", $"'{id}' is not a node id: use lower snake case like salvador_allende");
                id = null;
            }

            if (id is not null && !context.NodeIds.TryAdd(id, row.Location))
            {
                row.Report("id:ID", $"duplicate node id '{id}', first defined at {context.NodeIds[id]}");
                id = null;
            }

            var label = row.Required(labelIndex, ":LABEL");
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
        var index = header.IndexOf("aliases");
        if (row.Cell(index) is not { } cell)
        {
            return [];
        }

        var column = header.Columns[index!.Value]!;
        if (column.TryConvert(cell, out var value, out var error))
        {
            return (string[])value!;
        }

        row.Report(column.Header, error);
        return [];
    }
}
