using System.Globalization;
using System.Text.Json;

namespace Chile1973.Graph.Tck.Reporting;

/// <summary>
/// The checked-in ratchet: the pass count a run may not fall below and the crash count it may not
/// rise above. Updating only ever tightens it.
/// </summary>
public sealed record TckBaseline(int Passed, int Crashed)
{
    /// <summary>Reads a baseline file (<c>{ "passed": N, "crashed": N }</c>).</summary>
    public static TckBaseline Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        return new TckBaseline(root.GetProperty("passed").GetInt32(), root.GetProperty("crashed").GetInt32());
    }

    /// <summary>The baseline tightened by a run: more passes raise it, fewer crashes lower it; nothing loosens it.</summary>
    public TckBaseline Tighten(TckTally tally) => new(Math.Max(Passed, tally.Passed), Math.Min(Crashed, tally.Crashed));

    /// <summary>Writes the baseline file.</summary>
    public void Save(string path) =>
        File.WriteAllText(path, $"{{\n  \"passed\": {Passed.ToString(CultureInfo.InvariantCulture)},\n  \"crashed\": {Crashed.ToString(CultureInfo.InvariantCulture)}\n}}\n");
}
