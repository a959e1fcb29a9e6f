using System.Text;
using Chile1973.Graph.Core.GraphFiles;
using Chile1973.Graph.Testing;
using CsCheck;
using Xunit;

namespace Chile1973.Graph.Core.Tests.GraphFiles;

/// <summary>
/// Property-based fuzzing of the graph-file reader and validator (CsCheck): the valid test graph with
/// one file cut, spliced, given stray CSV syntax, bytes that are not UTF-8, or random characters.
/// Whatever the files hold, validation ends (no crash, no hang) and either returns the graph or
/// reports every problem as <c>path:line: field: message</c> with a real file and line.
/// <c>FUZZ_SECONDS=N</c> turns the fixed-seed run into a timed random one (README: the long run).
/// </summary>
public sealed class GraphFilePropertyTests : IDisposable
{
    private static readonly string[] Fragments =
    [
        ",", "\"", "\"\"", "\n", "\r\n", "\r", ";", ";;", ":int", ":ID", ":LABEL", ":string[]", ":float", ":boolean", ":START_ID",
        ":END_ID", ":TYPE", "\ufeff", "\0", "\u00a0", "\ud800", "é", "1973-02-30", "0000", "-1", "99999999999999999999",
        "NaN", "true", "Person", "KNEW", "ana_perez", "nobody", "seed_a", "seed_z", " ", new string('x', 5000),
    ];

    private static readonly string ValidRoot = TestGraphs.Root("valid");
    private static readonly string[] Files = Directory.GetFiles(TestGraphs.Graph("valid"), "*.csv", SearchOption.AllDirectories);
    private readonly string work = Path.Combine(Path.GetTempPath(), "chile1973-fuzz", Guid.NewGuid().ToString("N"));

    private static readonly Gen<(int File, byte[] Bytes)> MutatedFile =
        from file in Gen.Int[0, Files.Length - 1]
        from edits in Gen.Int[1, 4]
        from picks in Gen.Int.Array[edits * 4]
        select (file, Mutate(File.ReadAllBytes(Files[file]), picks));

    [Fact]
    public void Validation_of_mutated_graph_files_ends_with_the_graph_or_located_problems()
    {
        var tried = FuzzRun.Check("graph-files", MutatedFile, CheckFiles, fixedInputs: 400, fixedSeed: 1973, print: Describe);

        Assert.True(tried >= 400, $"only {tried} inputs");
    }

    public void Dispose()
    {
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private void CheckFiles((int File, byte[] Bytes) input)
    {
        var root = Path.Combine(work, Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(ValidRoot, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(ValidRoot, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var mutated = Path.Combine(root, Path.GetRelativePath(ValidRoot, Files[input.File]));
        File.WriteAllBytes(mutated, input.Bytes);

        var validation = Task.Run(() => GraphValidator.Validate(Path.Combine(root, "graph"), Path.Combine(root, "seeds")));
        Assert.True(validation.Wait(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken), "validation did not end within 30 s");
        var report = validation.Result;

        Assert.True(report.Graph is not null || report.Problems.Count > 0, "neither a graph nor a problem");
        foreach (var problem in report.Problems)
        {
            var text = problem.ToString();
            var path = Path.Combine(root, problem.File);
            Assert.True(problem.File.StartsWith("graph/", StringComparison.Ordinal) && (File.Exists(path) || Directory.Exists(path)), $"no such file: {text}");
            var lines = File.Exists(path) ? File.ReadAllBytes(path).Count(b => b == (byte)'\n') + 1 : 0;
            Assert.True(problem.Line >= 0 && problem.Line <= lines, $"line outside the file: {text}");
            Assert.True(problem.Field.Length > 0 && problem.Message.Length > 0 && !text.Contains('\n', StringComparison.Ordinal), $"not path:line: field: message: {text}");
        }

        Directory.Delete(root, recursive: true);
    }

    private static byte[] Mutate(byte[] original, int[] picks)
    {
        var bytes = new List<byte>(original);
        for (var i = 0; i + 3 < picks.Length; i += 4)
        {
            var at = Index(picks[i + 1], bytes.Count + 1);
            switch (Index(picks[i], 5))
            {
                case 0:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, Index(picks[i + 2], 20)));
                    break;
                case 2:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Fragments[Index(picks[i + 2], Fragments.Length)]));
                    break;
                case 3:
                    var from = Index(picks[i + 2], bytes.Count + 1);
                    bytes.InsertRange(at, bytes.GetRange(from, Math.Min(bytes.Count - from, Index(picks[i + 3], 60))));
                    break;
                default:
                    // A raw byte: invalid UTF-8 sequences included.
                    bytes.Insert(at, (byte)picks[i + 2]);
                    break;
            }
        }

        return [.. bytes];
    }

    private static int Index(int pick, int count) => count <= 0 ? 0 : (int)((uint)pick % (uint)count);

    private static string Describe((int File, byte[] Bytes) input) =>
        $"{Path.GetRelativePath(ValidRoot, Files[input.File])}: {Convert.ToBase64String(input.Bytes)}";
}
