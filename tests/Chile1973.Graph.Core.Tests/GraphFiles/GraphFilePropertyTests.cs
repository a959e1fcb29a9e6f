using System.Globalization;
using System.Text;
using Chile1973.Graph.Core.GraphFiles;
using Chile1973.Graph.Testing;
using CsCheck;
using Xunit;

namespace Chile1973.Graph.Core.Tests.GraphFiles;

/// <summary>
/// Property-based fuzzing of the graph-file reader and validator (CsCheck), on two kinds of input: the valid
/// test graph with one file cut, spliced, given stray CSV syntax, bytes that are not UTF-8, or random
/// characters; and graph directories made up whole, of random headers and rows of random cells and bytes.
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

    // Column names a header may hold: the format's own, typed extras, and names it refuses.
    private static readonly string[] HeaderCells =
    [
        "id:ID", ":ID", ":LABEL", "name", "aliases:string[]", "start", "end", "description", "source", "quote", ":START_ID", ":END_ID",
        ":TYPE", "id", "born_year:int", "height:float", "retired:boolean", "nicknames:string[]", "scores:int[]", "when:date",
        "name:string[]", "x:long", "x:unknown", "1950", "", " ", "a b", "é:int", "id:ID(Group)", ":START_ID(Group)", "claimed_by",
        "type", "category", "meaning", "relationship", "reason",
    ];

    // Extra columns the format accepts, so that many random files are readable and their rows get checked.
    private static readonly string[] ExtraColumns =
    [
        "aliases:string[]", "start", "end", "description", "born_year:int", "height:float", "retired:boolean", "nicknames:string[]",
        "scores:int[]", "weight:float", "claimed_by", "id",
    ];

    // Ids: the test graph's, those the random node files give their rows (n<file>_<row>), and wrong ones.
    private static readonly string[] Ids = ["ana_perez", "juan_soto", "valparaiso", "n0_0", "n0_1", "n1_0", "n1_2", "nobody", "x y", ""];

    // Quotes and names of the test seed, or near them, so the seed checks are reached.
    private static readonly string[] Quotes =
    [
        "Ana Perez taught in Valparaiso.", "Juan Soto worked at the port.", "Maria Lopez, a nurse.", "Pedro Diaz led the union.",
        "Ana Perez knew Juan Soto.", "The port of   Valparaiso  was busy.", "Rosa Vera", "was quiet", "",
    ];

    private static readonly string[] Names = ["Ana Perez", "Juan Soto", "Valparaiso", "Maria Lopez", "Pedro Diaz", "the port", ""];

    // Any cell: ids, labels, types, seeds and quotes of the test graph, and odd ones.
    private static readonly string[] ValueCells =
    [
        "", "ana_perez", "juan_soto", "valparaiso", "nobody", "Ana Perez", "Person", "Place", "Event", "person", "Person;Place",
        "KNEW", "LIVED_IN", "VISITED", "seed_a", "seed_z", "Ana Perez taught in Valparaiso.", "Ana Perez knew Juan Soto.",
        "The port of   Valparaiso  was busy.", "1930", "1990-05-01", "1973-02-30", "1973-09", "-0", "0.5", "1e309", "NaN",
        "-Infinity", "true", "FALSE", "yes", "a;b", ";", ";;", "3;-4;5", "99999999999999999999", " ", "x y", "acquaintance",
        "place", "ana_perez-KNEW-juan_soto", "\ufeff", "\u00a0", "é", "\u2028",
    ];

    private static readonly Gen<byte[]> AnyCell = Gen.Frequency(
        (8, Gen.OneOf<string>(ValueCells).Select(Encoding.UTF8.GetBytes)),
        (4, Gen.String[Gen.Char, 0, 16].Select(Encoding.UTF8.GetBytes)),
        (1, Gen.Byte.Array[0, 8]));

    // A graph directory made up whole: node and relationship files (in folders, or one of each), the vocabulary and
    // the review list either the test graph's or random. One graph in four is tidy (every cell suits its column),
    // so that some hold together and the checks that run only on a readable graph are reached too.
    private static readonly Gen<(string Path, byte[] Bytes)[]> RandomGraph =
        from tidy in Gen.Int[0, 3].Select(n => n == 0)
        from folders in Gen.Int[0, 3].Select(n => n > 0)
        from nodeCount in Gen.Int[tidy ? 1 : 0, 3]
        from nodes in Sequence(Enumerable.Range(0, nodeCount).Select(tag => RandomCsv(GraphFileKind.Nodes, tag, tidy)))
        from relationships in RandomCsv(GraphFileKind.Relationships, 0, tidy).Array[tidy ? 1 : 0, 3]
        from vocabulary in Gen.Frequency((tidy ? 1 : 3, Gen.Const((byte[]?)null)), (tidy ? 0 : 1, RandomCsv(null, 0, false).Select(b => (byte[]?)b)))
        from review in Gen.Frequency((3, Gen.Const((byte[]?)null)), (1, RandomCsv(null, 0, false).Select(b => (byte[]?)b)))
        select Layout(folders, nodes, relationships, vocabulary, review);

    private static readonly Gen<(int File, byte[] Bytes)> MutatedFile =
        from file in Gen.Int[0, Files.Length - 1]
        from edits in Gen.Int[1, 4]
        from picks in Gen.Int.Array[edits * 4]
        select (file, Mutate(File.ReadAllBytes(Files[file]), picks));

    [Fact]
    public void Validation_of_mutated_graph_files_ends_with_the_graph_or_located_problems()
    {
        var tried = FuzzRun.Check("graph-files", MutatedFile, CheckFiles, fixedInputs: 400, fixedSeed: 1973, print: Describe);

        Assert.True(tried >= FuzzRun.Expected(400), $"only {tried} inputs");
    }

    [Fact]
    public void Validation_of_random_graph_files_ends_with_the_graph_or_located_problems()
    {
        var tried = FuzzRun.Check("random-graph-files", RandomGraph, CheckRandomGraph, fixedInputs: 300, fixedSeed: 1811, print: Describe);

        Assert.True(tried >= FuzzRun.Expected(300), $"only {tried} inputs");
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
        Check(root);
    }

    private void CheckRandomGraph((string Path, byte[] Bytes)[] files)
    {
        var root = Path.Combine(work, Guid.NewGuid().ToString("N"));
        foreach (var (path, bytes) in files)
        {
            var target = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, bytes);
        }

        Check(root);
    }

    /// <summary>Validates <c>root/graph</c> against <c>root/seeds</c> and checks the outcome; deletes <paramref name="root"/> when it passes.</summary>
    private static void Check(string root)
    {
        var validation = Task.Run(() => GraphValidator.Validate(Path.Combine(root, "graph"), Path.Combine(root, "seeds")));
        Assert.True(validation.Wait(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken), "validation did not end within 30 s");
        var report = validation.Result;

        Assert.True(report.Graph is not null || report.Problems.Count > 0, "neither a graph nor a problem");
        foreach (var problem in report.Problems)
        {
            var text = problem.ToString();
            var path = Path.Combine(root, problem.File);
            var missing = problem is { Line: 0, Field: "file" } && problem.Message.Contains("not found", StringComparison.Ordinal);
            Assert.True(problem.File.StartsWith("graph/", StringComparison.Ordinal) && (File.Exists(path) || Directory.Exists(path)) != missing, $"no such file: {text}");
            var lines = File.Exists(path) ? File.ReadAllBytes(path).Count(b => b == (byte)'\n') + 1 : 0;
            Assert.True(problem.Line >= 0 && problem.Line <= lines, $"line outside the file: {text}");
            Assert.True(problem.Field.Length > 0 && problem.Message.Length > 0 && !text.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029'), $"not path:line: field: message on one line: {text}");
        }

        Directory.Delete(root, recursive: true);
    }

    /// <summary>
    /// A random CSV file: mostly a header with the columns <paramref name="kind"/> needs (one sometimes left out) and
    /// extras, then rows whose cells mostly suit their column, with odd cells, quotes, bytes that are not text and
    /// rows of the wrong width among them; sometimes bytes alone. A node file's rows may take the ids
    /// n&lt;tag&gt;_0, n&lt;tag&gt;_1, ... that relationship files point at. A <paramref name="tidy"/> file has its
    /// kind's columns and only cells that suit them.
    /// </summary>
    private static Gen<byte[]> RandomCsv(GraphFileKind? kind, int tag, bool tidy)
    {
        var csv =
            from header in Gen.Frequency(
                (kind == GraphFileKind.Nodes ? 6 : tidy ? 0 : 1, Header(["id:ID", ":LABEL", "name", "source", "quote"], tidy)),
                (kind == GraphFileKind.Relationships ? 6 : tidy ? 0 : 1, Header([":START_ID", ":END_ID", ":TYPE", "source", "quote"], tidy)),
                (tidy ? 0 : 1, Gen.OneOf<string>(HeaderCells).Array[0, 8]))
            from rows in Gen.Int[tidy && kind == GraphFileKind.Nodes ? 1 : 0, tidy && kind == GraphFileKind.Relationships ? 3 : 12]
                .SelectMany(n => Row(header, tidy).Array[n])
            from numbered in Gen.Bool
            from end in Gen.OneOf<string>("\n", "\n", "\r\n", "\r")
            from lastEnd in Gen.Bool
            select Csv(header, Number(header, rows, numbered || tidy ? tag : null), end, lastEnd);
        return tidy ? csv : Gen.Frequency((10, csv), (1, Gen.Byte.Array[0, 3000]));
    }

    private static Gen<string[]> Header(string[] required, bool tidy) =>
        from extras in Gen.Frequency((4, Gen.OneOf<string>(ExtraColumns)), (tidy ? 0 : 1, Gen.OneOf<string>(HeaderCells))).Array[0, 5]
        from dropped in Gen.Int[-1, required.Length * 4]
        select (string[])[.. required.Where((_, i) => tidy || i != dropped), .. extras.Distinct()];

    private static Gen<(byte[] Bytes, bool Quoted)[]> Row(string[] header, bool tidy) => Gen.Frequency(
        (12, Sequence(header.Select(column => from cell in Cell(column, tidy) from quoted in Gen.Int[0, 3] select (cell, quoted == 0 || (tidy && cell.AsSpan().IndexOfAny(",\""u8) >= 0))))),
        (tidy ? 0 : 1,
            from cells in AnyCell.Array[0, header.Length + 2]
            from quoted in Gen.Bool
            select cells.Select(c => (c, quoted)).ToArray()));

    // One value of each generator, in order.
    private static Gen<T[]> Sequence<T>(IEnumerable<Gen<T>> gens) =>
        gens.Aggregate(Gen.Const(Array.Empty<T>()), (values, gen) => from done in values from value in gen select (T[])[.. done, value]);

    private static Gen<byte[]> Cell(string column, bool tidy) => tidy
        ? Typed(column, tidy).Select(Encoding.UTF8.GetBytes)
        : Gen.Frequency((40, Typed(column, tidy).Select(Encoding.UTF8.GetBytes)), (12, AnyCell));

    // A cell that suits its column; when not tidy, sometimes one that is wrong for it in a way the column's checks know.
    private static Gen<string> Typed(string column, bool tidy)
    {
        var type = column.Contains(':', StringComparison.Ordinal) ? column[(column.IndexOf(':', StringComparison.Ordinal) + 1)..] : "";
        var wrong = tidy ? 0 : 1;
        return column switch
        {
            "id:ID" or ":START_ID" or ":END_ID" => tidy ? Gen.OneOf<string>("n0_0", "n0_1", "n1_0", "n2_1") : Gen.OneOf<string>(Ids),
            ":LABEL" => Gen.Frequency((4, Gen.OneOf<string>("Person", "Place", "Event", "Organization")), (wrong, Gen.OneOf<string>("person", "Person;Place", ""))),
            ":TYPE" => Gen.Frequency((4, Gen.OneOf<string>("KNEW", "LIVED_IN")), (wrong, Gen.OneOf<string>("VISITED", "knew", ""))),
            "name" => Gen.OneOf<string>(tidy ? Names[..^1] : Names),
            "source" => Gen.Frequency((4, Gen.Const("seed_a")), (wrong, Gen.OneOf<string>("seed_z", ""))),
            "quote" => Gen.OneOf<string>(tidy ? Quotes[..6] : Quotes),
            "start" or "end" or "when:date" => Gen.Frequency((4, Gen.OneOf<string>("1930", "1973-09", "1973-09-11", "")), (wrong, Gen.OneOf<string>("1973-02-30", "1973-13", "-44"))),
            "id" => Gen.Frequency((4, Gen.OneOf<string>("", "", "r1", "r-2", "knew_again")), (wrong, Gen.Const("bad id"))),
            _ when type.EndsWith("[]", StringComparison.Ordinal) => Typed(column[..^2], tidy).Array[1, 3].Select(items => string.Join(';', items)),
            _ when type is "int" or "long" => Gen.Frequency(
                (4, Gen.Long.Select(n => n.ToString(CultureInfo.InvariantCulture))), (wrong, Gen.OneOf<string>("99999999999999999999", "1.5", "x"))),
            _ when type is "float" or "double" => Gen.Frequency(
                (4, Gen.Double.Where(double.IsFinite).Select(d => d.ToString("R", CultureInfo.InvariantCulture))), (wrong, Gen.OneOf<string>("1,5", "1e309", "NaN"))),
            _ when type == "boolean" => Gen.Frequency((4, Gen.OneOf<string>("true", "false", "TRUE")), (wrong, Gen.Const("yes"))),
            _ => tidy ? Gen.OneOf<string>(Names[..^1]) : Gen.OneOf<string>(ValueCells),
        };
    }

    // Gives a node file's rows the ids n<tag>_0, n<tag>_1, ... (when tag is set and the file has an id column).
    private static (byte[] Bytes, bool Quoted)[][] Number(string[] header, (byte[] Bytes, bool Quoted)[][] rows, int? tag)
    {
        var id = Array.IndexOf(header, "id:ID");
        if (tag is null || id < 0)
        {
            return rows;
        }

        return [.. rows.Select((row, i) => id < row.Length ? [.. row[..id], (Encoding.UTF8.GetBytes($"n{tag}_{i}"), false), .. row[(id + 1)..]] : row)];
    }

    private static byte[] Line(IEnumerable<(byte[] Bytes, bool Quoted)> cells)
    {
        var line = new List<byte>();
        var first = true;
        foreach (var (bytes, quoted) in cells)
        {
            if (!first)
            {
                line.Add((byte)',');
            }

            first = false;
            if (!quoted)
            {
                line.AddRange(bytes);
                continue;
            }

            line.Add((byte)'"');
            foreach (var b in bytes)
            {
                line.Add(b);
                if (b == (byte)'"')
                {
                    line.Add(b);
                }
            }

            line.Add((byte)'"');
        }

        return [.. line];
    }

    private static byte[] Csv(string[] header, (byte[] Bytes, bool Quoted)[][] rows, string end, bool lastEnd)
    {
        var bytes = new List<byte>(Line(header.Select(h => (Encoding.UTF8.GetBytes(h), false))));
        foreach (var row in rows)
        {
            bytes.AddRange(Encoding.ASCII.GetBytes(end));
            bytes.AddRange(Line(row));
        }

        if (lastEnd)
        {
            bytes.AddRange(Encoding.ASCII.GetBytes(end));
        }

        return [.. bytes];
    }

    private static (string Path, byte[] Bytes)[] Layout(bool folders, byte[][] nodes, byte[][] relationships, byte[]? vocabulary, byte[]? review)
    {
        var files = new List<(string, byte[])>();
        if (folders)
        {
            files.AddRange(nodes.Select((bytes, i) => ($"graph/nodes/n{i}.csv", bytes)));
            files.AddRange(relationships.Select((bytes, i) => ($"graph/relationships/r{i}.csv", bytes)));
        }
        else
        {
            files.AddRange(nodes.Take(1).Select(bytes => ("graph/nodes.csv", bytes)));
            files.AddRange(relationships.Take(1).Select(bytes => ("graph/relationships.csv", bytes)));
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(ValidRoot, "graph", "vocabulary")).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            files.Add(($"graph/vocabulary/{name}", vocabulary is not null && name == "relationship-types.csv" ? vocabulary : File.ReadAllBytes(file)));
        }

        if (review is not null)
        {
            files.Add(("graph/review/quotes-naming-neither-end.csv", review));
        }

        files.AddRange(Directory.EnumerateFiles(TestGraphs.Seeds("valid")).Select(file => ($"seeds/{Path.GetFileName(file)}", File.ReadAllBytes(file))));
        return [.. files];
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

    private static string Describe((string Path, byte[] Bytes)[] files) =>
        string.Join("\n", files.Where(f => !f.Path.StartsWith("seeds/", StringComparison.Ordinal)).Select(f => $"{f.Path}: {Convert.ToBase64String(f.Bytes)}"));

    private static string Describe((int File, byte[] Bytes) input) =>
        $"{Path.GetRelativePath(ValidRoot, Files[input.File])}: {Convert.ToBase64String(input.Bytes)}";
}
