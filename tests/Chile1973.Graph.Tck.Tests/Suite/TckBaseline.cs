using System.Text.Json;

namespace Chile1973.Graph.Tck.Tests.Suite;

/// <summary>The checked-in pass count the suite may not fall below, and the crash count it may not rise above.</summary>
internal sealed record TckBaseline(int Passed, int Crashed)
{
    public static TckBaseline Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "tck-baseline.json")));
        var root = document.RootElement;
        return new TckBaseline(root.GetProperty("passed").GetInt32(), root.GetProperty("crashed").GetInt32());
    }
}
