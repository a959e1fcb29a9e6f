namespace Chile1973.Graph.Core.Tests.Content;

/// <summary>Reads the pipe-separated tables beside these tests (blank lines and <c>#</c> comments skipped).</summary>
internal static class ContentCaseFile
{
    public static IEnumerable<string[]> Read(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Content", fileName);
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
