namespace Chile1973.Graph.Tck.Execution;

/// <summary>How a TCK run goes: where the named graphs are, how long a case may take, how many run at once.</summary>
public sealed record TckRunOptions(string GraphsDirectory)
{
    /// <summary>The most a case may take before it counts as a hang (a failure).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Cases run at once; each has its own engine.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The graphs folder beside a features folder, as the TCK lays them out.</summary>
    public static string GraphsBeside(string featuresDirectory) =>
        Path.Combine(Path.GetFullPath(featuresDirectory), "..", "graphs");
}
