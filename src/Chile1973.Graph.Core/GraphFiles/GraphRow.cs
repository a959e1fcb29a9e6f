using Chile1973.Graph.Core.GraphFiles.Reading;
using Chile1973.Graph.Core.Model;

namespace Chile1973.Graph.Core.GraphFiles;

/// <summary>One row of a graph file as read, checked cell by cell against the curated graph's rules.</summary>
internal sealed class GraphRow(GraphTable table, int row, GraphFileHeader header, ICollection<GraphProblem> problems)
{
    public int Line => table.Lines[row];

    public SourceLocation Location => table.Location(row);

    /// <summary>True until a problem is found in this row, by the reader or here.</summary>
    public bool IsValid { get; private set; } = !table.FlawedRows.Contains(row);

    public void Report(string field, string message)
    {
        problems.Add(new GraphProblem(table.File, Line, field, message));
        IsValid = false;
    }

    /// <summary>The value of an accepted column, null when the column is absent or the cell empty.</summary>
    public object? Value(int? index) => index is { } i && header.IsAccepted(i) ? table.Value(row, i) : null;

    /// <summary>The text of a text column, null when the column is absent or the cell empty.</summary>
    public string? Cell(int? index) => Value(index) as string;

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
            if (header.Columns[i] is { } column && !header.IsStandard(i) && Value(i) is { } value)
            {
                extras[column.Key] = value;
            }
        }

        return extras;
    }

    private static string Shorten(string quote) => quote.Length <= 80 ? quote : string.Concat(quote.AsSpan(0, 77), "...");
}
