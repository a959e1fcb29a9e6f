namespace Chile1973.Graph.Core.Tests.Content;

/// <summary>The plot chain of <c>plot-chain.txt</c>: its steps in order and the steps each follows from.</summary>
public sealed class PlotChain
{
    /// <summary>The relationship categories the chain reads over.</summary>
    public static readonly IReadOnlyList<string> Categories = ["causal", "sequence"];

    private PlotChain(IReadOnlyList<(string Step, IReadOnlyList<string> From)> steps) => Steps = steps;

    public IReadOnlyList<(string Step, IReadOnlyList<string> From)> Steps { get; }

    /// <summary>Every (earlier step, later step) pair the chain links.</summary>
    public IEnumerable<(string From, string To)> Links => Steps.SelectMany(s => s.From.Select(f => (f, s.Step)));

    public static PlotChain Read() => new(ContentCaseFile.Read("plot-chain.txt")
        .Select(row => (row[0], (IReadOnlyList<string>)(row[1] == "-" ? [] : row[1].Split(',', StringSplitOptions.TrimEntries))))
        .ToList());

    /// <summary>The steps from <paramref name="from"/> forward to <paramref name="to"/>, each linked to the next; null when the chain has no such thread.</summary>
    public List<string>? Thread(string from, string to)
    {
        if (from == to)
        {
            return [to];
        }

        foreach (var (next, _) in Links.Where(l => l.From == from).Select(l => (l.To, 0)))
        {
            if (Thread(next, to) is { } rest)
            {
                return [from, .. rest];
            }
        }

        return null;
    }
}
