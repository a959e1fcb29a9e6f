using System.Text;
using Chile1973.Graph.Core.GraphFiles.Reading;

namespace Chile1973.Graph.Core.GraphFiles;

/// <summary>
/// Reads a small CSV file whole (the vocabulary, the review list) one record per line, with the graph reader's
/// field splitter: a field may be quoted (with <c>""</c> for a quote) but may not span lines, so every record and
/// every error has one line. Blank lines are skipped. Syntax errors are collected, not thrown, so a file reports
/// them all.
/// </summary>
public static class CsvReader
{
    /// <summary>Splits <paramref name="text"/> into records; bad lines become problems and are left out.</summary>
    /// <param name="file">The file name problems are reported against.</param>
    public static IReadOnlyList<CsvRecord> Read(string text, string file, ICollection<GraphProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(problems);
        var records = new List<CsvRecord>();
        var splitter = new CsvFieldSplitter();
        var line = 0;
        foreach (var current in text.TrimStart('\uFEFF').Split('\n'))
        {
            line++;
            var content = current.TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            var bytes = Encoding.UTF8.GetBytes(content);
            try
            {
                splitter.Split(bytes);
            }
            catch (CsvLineException e)
            {
                problems.Add(new GraphProblem(file, line, e.Field, e.Message));
                continue;
            }

            var fields = new string[splitter.Count];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = Encoding.UTF8.GetString(splitter.Field(bytes, i));
            }

            records.Add(new CsvRecord(line, fields));
        }

        return records;
    }
}
