namespace Chile1973.Graph.LoadTest;

/// <summary>The load client's entry point; named apart from the explorer's <c>Program</c>, which the tests also see.</summary>
internal static class LoadProgram
{
    public static Task<int> Main(string[] args) => LoadCli.RunAsync(args, Console.Out, Console.Error);
}
