using Chile1973.Graph.Core.Model;

namespace Chile1973.Graph.Core.GraphFiles;

/// <summary>Turns the rows of a relationship file into relationships, reporting every problem.</summary>
internal static class RelationshipFileReader
{
    public static void Read(string file, IReadOnlyList<CsvRecord> records, GraphValidationContext context)
    {
        var header = GraphFileHeader.Parse(records[0], file, GraphFileKind.Relationships, context.Problems);
        if (!header.IsUsable)
        {
            return;
        }

        var startIndex = header.IndexOf(ColumnRole.StartId);
        var endIndex = header.IndexOf(ColumnRole.EndId);
        var typeIndex = header.IndexOf(ColumnRole.Type);
        var idIndex = header.IndexOf("id");
        if (header.IndexOf(GraphProperties.Category) is { } categoryColumn)
        {
            context.Problems.Add(new GraphProblem(file, records[0].Line, header.Columns[categoryColumn]!.Header,
                $"a relationship's category comes from its type, declared once in {context.Vocabulary?.TypesFileName ?? RelationshipVocabulary.TypesFile}: remove this column"));
            return;
        }

        foreach (var record in records.Skip(1))
        {
            if (!context.HasWidth(file, record, header))
            {
                continue;
            }

            var row = new GraphRow(file, record, header, GraphFileKind.Relationships, context.Problems);
            var startId = EndNode(row, context, startIndex, ":START_ID");
            var endId = EndNode(row, context, endIndex, ":END_ID");
            var type = row.Required(typeIndex, ":TYPE");
            if (type is not null && !GraphIds.IsRelationshipType(type))
            {
                row.Report(":TYPE", $"'{type}' is not a relationship type: use UPPER_SNAKE like MEMBER_OF");
                type = null;
            }

            var category = Category(row, context, type);
            var id = ReadId(row, context, idIndex, startId, type, endId);
            var start = row.Date("start");
            var end = row.Date("end");
            row.CheckSpan(start, end);
            var provenance = row.Provenance(context.Seeds);
            var extras = row.Extras();
            context.CheckClaimant(row, extras);
            if (category is not null)
            {
                extras[GraphProperties.Category] = category;
            }

            if (row.IsValid && id is not null && startId is not null && endId is not null && type is not null)
            {
                context.Relationships.Add(new GraphRelationship(id, type, startId, endId, start, end, extras, provenance, row.Location));
            }
        }
    }

    private static string? Category(GraphRow row, GraphValidationContext context, string? type)
    {
        if (type is null || context.Vocabulary is not { } vocabulary)
        {
            return null;
        }

        if (vocabulary.CategoryOfType.TryGetValue(type, out var category))
        {
            return category;
        }

        row.Report(":TYPE", $"type '{type}' has no category: declare it in {vocabulary.TypesFileName}");
        return null;
    }

    private static string? EndNode(GraphRow row, GraphValidationContext context, int? index, string field)
    {
        var id = row.Required(index, field);
        if (id is null)
        {
            return null;
        }

        if (!context.NodeIds.ContainsKey(id))
        {
            row.Report(field, $"no node has id '{id}'");
            return null;
        }

        return id;
    }

    private static string? ReadId(GraphRow row, GraphValidationContext context, int? index, string? startId, string? type, string? endId)
    {
        var explicitId = row.Cell(index);
        if (explicitId is not null && !GraphIds.IsRelationshipId(explicitId))
        {
            row.Report("id", $"'{explicitId}' is not a relationship id: use letters, digits, _ and -");
            return null;
        }

        if (explicitId is null && (startId is null || type is null || endId is null))
        {
            return null;
        }

        var id = explicitId ?? GraphIds.DeriveRelationshipId(startId!, type!, endId!);
        if (!context.RelationshipIds.TryAdd(id, row.Location))
        {
            var why = explicitId is null
                ? $"duplicate relationship id '{id}' (derived from start, type and end), first at {context.RelationshipIds[id]}; give this one an explicit id"
                : $"duplicate relationship id '{id}', first at {context.RelationshipIds[id]}";
            row.Report("id", why);
            return null;
        }

        return id;
    }
}
