using System.Diagnostics;
using System.Globalization;
using CsCheck;

namespace Chile1973.Graph.Testing;

/// <summary>
/// Runs a property over generated inputs. In the test suite: a fixed number of inputs drawn from a
/// fixed seed, the same on every run. With <c>FUZZ_SECONDS=N</c>: CsCheck samples random seeds for N
/// seconds on every core, shrinks a failure to its smallest input and prints the seed that replays it,
/// and the figures (inputs tried, failures) are appended to <c>TestResults/fuzz/figures.txt</c>.
/// </summary>
/// <remarks>Linked into each test project that fuzzes, so the switch is one piece of knowledge.</remarks>
internal static class FuzzRun
{
    public const string SecondsVariable = "FUZZ_SECONDS";

    /// <summary>The seconds of a long run, or null for the fixed-seed run.</summary>
    public static int? LongRunSeconds =>
        int.TryParse(Environment.GetEnvironmentVariable(SecondsVariable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : null;

    /// <summary>
    /// How many inputs a run must have tried: all <paramref name="fixedInputs"/> of the fixed-seed run, at least one
    /// in a long run (whose count depends on the seconds given and the machine, and may be smaller).
    /// </summary>
    public static long Expected(int fixedInputs) => LongRunSeconds is null ? fixedInputs : 1;

    /// <summary>Checks <paramref name="property"/> (which throws on a failure) on inputs of <paramref name="gen"/>; returns how many were tried.</summary>
    public static async Task<long> CheckAsync<T>(string name, Gen<T> gen, Func<T, Task> property, int fixedInputs, ulong fixedSeed, Func<T, string> print)
    {
        var tried = 0L;
        var clock = Stopwatch.StartNew();
        if (LongRunSeconds is { } seconds)
        {
            await gen.SampleAsync(
                async input =>
                {
                    Interlocked.Increment(ref tried);
                    await property(input);
                },
                time: seconds,
                print: print);
            Record(name, tried, clock.Elapsed);
            return tried;
        }

        var random = new PCG(1, fixedSeed);
        for (var i = 0; i < fixedInputs; i++)
        {
            var input = gen.Generate(random, null, out _);
            tried++;
            try
            {
                await property(input);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"{name}: input {i} of seed {fixedSeed} fails: {print(input)}\n{e.Message}", e);
            }
        }

        return tried;
    }

    /// <summary>The synchronous form of <see cref="CheckAsync{T}"/>.</summary>
    public static long Check<T>(string name, Gen<T> gen, Action<T> property, int fixedInputs, ulong fixedSeed, Func<T, string> print) =>
        CheckAsync(name, gen, input => { property(input); return Task.CompletedTask; }, fixedInputs, fixedSeed, print).GetAwaiter().GetResult();

    private static void Record(string name, long tried, TimeSpan elapsed)
    {
        var directory = Path.Combine(RepositoryRoot(), "TestResults", "fuzz");
        Directory.CreateDirectory(directory);
        File.AppendAllText(Path.Combine(directory, "figures.txt"), string.Create(CultureInfo.InvariantCulture,
            $"{DateTime.UtcNow:yyyy-MM-ddTHH:mm:ssZ} {name}: {tried} inputs in {elapsed.TotalSeconds:F0} s, 0 failures\n"));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Chile1973.Graph.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
