namespace Chile1973.Graph.Tck.Tests;

/// <summary>Paths of the sample files copied beside the tests.</summary>
internal static class TestData
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);
}
