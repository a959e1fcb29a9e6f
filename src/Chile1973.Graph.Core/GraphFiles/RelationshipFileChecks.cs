using Chile1973.Graph.Core.GraphFiles.Reading;
using Chile1973.Graph.Core.Model;

namespace Chile1973.Graph.Core.GraphFiles;

/// <summary>Turns the rows of a relationship file into relationships, reporting every problem the reader left to the curated checks.</summary>
internal static class RelationshipFileChecks
{
    public static void Check(RelationshipTable table, GraphFileSet files, GraphValidationContext context)
    {
        var header = GraphFileHeader.Check(table.Layout, table.File, context.Problems);
        if (!header.IsUsable)
        {
            return;
        }

        var idIndex = header.IndexOf("id");
        if (header.IndexOf(GraphProperties.Category) is { } categoryColumn)
        {
            context.Problems.Add(new GraphProblem(table.File, 1, header.Columns[categoryColumn]!.Header,
                $"a relationship's category comes from its type, declared once in {context.Vocabulary?.TypesFileName ?? RelationshipVocabulary.TypesFile}: remove this column"));
            return;
        }

        for (var r = 0; r < table.RowCount; r++)
        {
            var row = new GraphRow(table, r, header, context.Problems);
            var startId = table.Starts[r] < 0 ? null : files.NodeId(table.Starts[r]);
            var endId = table.Ends[r] < 0 ? null : files.NodeId(table.Ends[r]);
            var type = table.Types[r].Length == 0 ? null : table.Types[r];
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
