using Chile1973.Graph.Core.Model;

namespace Chile1973.Graph.Core.GraphFiles;

/// <summary>One data row of a graph file, reading cells by column and reporting what is wrong with them.</summary>
internal sealed class GraphRow(string file, CsvRecord record, GraphFileHeader header, GraphFileKind kind, ICollection<GraphProblem> problems)
{
    public int Line => record.Line;

    public SourceLocation Location => new(file, record.Line);

    /// <summary>True until a problem is reported for this row.</summary>
    public bool IsValid { get; private set; } = true;

    public void Report(string field, string message)
    {
        problems.Add(new GraphProblem(file, record.Line, field, message));
        IsValid = false;
    }

    /// <summary>The cell of a column, null when the column is absent or the cell empty.</summary>
    public string? Cell(int? index) => index is { } i && header.Columns[i] is not null && record.Fields[i].Length > 0 ? record.Fields[i] : null;

    /// <summary>A required cell: reports a missing value.</summary>
    public string? Required(int? index, string field)
    {
        var cell = Cell(index);
        if (cell is null && index is not null)
        {
            Report(field, "missing required value");
        }

        return cell;
    }

    public PartialDate? Date(string key)
    {
        var index = header.IndexOf(key);
        var cell = Cell(index);
        if (cell is null)
        {
            return null;
        }

        if (PartialDate.TryParse(cell, out var date, out var error))
        {
            return date;
        }

        Report(header.Columns[index!.Value]!.Header, error);
        return null;
    }

    /// <summary>Checks that the end, when both are given, is not before the start.</summary>
    public void CheckSpan(PartialDate? start, PartialDate? end)
    {
        if (start is { } s && end is { } e && e.Latest < s.Earliest)
        {
            Report(header.Columns[header.IndexOf("end")!.Value]!.Header, $"end {e} is before start {s}");
        }
    }

    /// <summary>Source and quote: the seed must exist and hold the quote verbatim.</summary>
    public Provenance Provenance(SeedLibrary seeds)
    {
        var sourceIndex = header.IndexOf("source");
        var quoteIndex = header.IndexOf("quote");
        var source = Required(sourceIndex, header.Columns[sourceIndex!.Value]!.Header);
        var quote = Required(quoteIndex, header.Columns[quoteIndex!.Value]!.Header);
        if (source is not null && !seeds.TryGet(source, out _))
        {
            Report(header.Columns[sourceIndex.Value]!.Header, $"unknown seed '{source}': no file {source}.txt in the seeds directory");
        }
        else if (source is not null && quote is not null && seeds.Locate(source, quote) is null)
        {
            Report(header.Columns[quoteIndex.Value]!.Header, $"quote not found verbatim in seed '{source}': \"{Shorten(quote)}\"");
        }

        return new Provenance(source ?? string.Empty, quote ?? string.Empty);
    }

    /// <summary>The typed extra properties: every column the format does not itself define.</summary>
    public Dictionary<string, object?> Extras()
    {
        var extras = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < header.Columns.Count; i++)
        {
            if (header.Columns[i] is not { } column || header.IsStandard(i, kind) || Cell(i) is not { } cell)
            {
                continue;
            }

            if (column.TryConvert(cell, out var value, out var error))
            {
                extras[column.Key] = value;
            }
            else
            {
                Report(column.Header, error);
            }
        }

        return extras;
    }

    private static string Shorten(string quote) => quote.Length <= 80 ? quote : string.Concat(quote.AsSpan(0, 77), "...");
}
