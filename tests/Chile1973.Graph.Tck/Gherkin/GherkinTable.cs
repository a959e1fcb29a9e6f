namespace Chile1973.Graph.Tck.Gherkin;

/// <summary>A Gherkin data table: rows of cells, already unescaped and trimmed.</summary>
public sealed record GherkinTable(IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>The first row (column names in result tables and Examples).</summary>
    public IReadOnlyList<string> Header => Rows.Count > 0 ? Rows[0] : [];

    /// <summary>Every row after the header.</summary>
    public IEnumerable<IReadOnlyList<string>> Body => Rows.Skip(1);

    /// <summary>The table with every cell passed through <paramref name="map"/>.</summary>
    public GherkinTable Map(Func<string, string> map) =>
        new(Rows.Select(row => (IReadOnlyList<string>)row.Select(map).ToList()).ToList());
}
