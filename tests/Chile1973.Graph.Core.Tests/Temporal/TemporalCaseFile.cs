namespace Chile1973.Graph.Core.Tests.Temporal;

/// <summary>Reads the pipe-separated case tables beside these tests (blank lines and <c>#</c> comments skipped).</summary>
internal static class TemporalCaseFile
{
    public static IEnumerable<string[]> Read(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Temporal", fileName);
        foreach (var line in File.ReadLines(path))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            yield return trimmed.Split('|', StringSplitOptions.TrimEntries);
        }
    }
}
