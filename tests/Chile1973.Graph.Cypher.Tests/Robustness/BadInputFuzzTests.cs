using System.Text.RegularExpressions;
using Chile1973.Graph.Core.Querying;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Robustness;

/// <summary>
/// Bad input, made deterministically from good queries (fuzz-queries.cypher): every prefix of each query, and each
/// query with one token dropped, doubled or swapped with the next. Every outcome must be a result or a
/// <see cref="CypherException"/> pointing inside the text (the time and row limits, which are not about the text,
/// excepted); any other exception, or a hang, is a bug.
/// </summary>
public sealed partial class BadInputFuzzTests
{
    private const string Graph = """
        CREATE (allende:Person {id: 'salvador_allende', name: 'Salvador Allende', born: 1908}),
               (pinochet:Person {id: 'augusto_pinochet', name: 'Augusto Pinochet', born: 1915}),
               (ps:Party {id: 'partido_socialista', name: 'Partido Socialista', aliases: ['PS']}),
               (up:Coalition {id: 'unidad_popular', name: 'Unidad Popular', aliases: ['UP']}),
               (coup:Event {id: 'coup_1973', name: 'Golpe de Estado', start: '1973-09-11'}),
               (allende)-[:MEMBER_OF {id: 'r1', since: 1933}]->(ps),
               (ps)-[:MEMBER_OF {id: 'r2'}]->(up),
               (allende)-[:LED {id: 'r3'}]->(up),
               (pinochet)-[:LED {id: 'r4', quote: 'q'}]->(coup),
               (coup)-[:OVERTHREW {id: 'r5'}]->(allende)
        """;

    private static readonly Dictionary<string, object?> Parameters = new(StringComparer.Ordinal)
    {
        ["id"] = "salvador_allende",
        ["frontier"] = new List<object?> { "salvador_allende", "coup_1973" },
        ["seen"] = new List<object?> { "salvador_allende" },
        ["fresh"] = new List<object?> { "unidad_popular" },
        ["delivered"] = new List<object?> { "salvador_allende", "partido_socialista" },
        ["limit"] = 10L,
        ["name"] = "x",
        ["query"] = "allende",
    };

    private static readonly QueryOptions Limits = new() { Timeout = TimeSpan.FromSeconds(2), MaxRows = 1_000 };

    private static readonly QueryOptions WriteLimits = Limits with { Mode = AccessMode.Write };

    [Fact]
    public async Task Seed_queries_all_run()
    {
        var engine = await GraphAsync();

        foreach (var seed in Seeds().Where(static s => !Regex.IsMatch(s, @"\b(SET|CREATE|DELETE)\b")))
        {
            var failure = await OutcomeAsync(engine, seed, mustSucceed: true);
            Assert.True(failure is null, failure);
        }
    }

    [Fact]
    public async Task Every_truncation_of_a_query_is_a_result_or_a_positioned_error()
    {
        var engine = await GraphAsync();
        var failures = new List<string>();
        var runs = 0;

        foreach (var seed in Seeds())
        {
            for (var cut = 0; cut <= seed.Length; cut++)
            {
                runs++;
                if (await OutcomeAsync(engine, seed[..cut]) is { } failure)
                {
                    failures.Add(failure);
                }
            }
        }

        Assert.True(runs > 1_000, $"only {runs} inputs");
        Assert.True(failures.Count == 0, $"{failures.Count} of {runs} inputs failed badly:\n{string.Join("\n", failures.Take(15))}");
    }

    [Fact]
    public async Task Every_query_with_a_token_dropped_doubled_or_swapped_is_a_result_or_a_positioned_error()
    {
        var engine = await GraphAsync();
        var failures = new List<string>();
        var runs = 0;

        foreach (var seed in Seeds())
        {
            foreach (var mutant in Mutants(seed))
            {
                runs++;
                if (await OutcomeAsync(engine, mutant) is { } failure)
                {
                    failures.Add(failure);
                }
            }
        }

        Assert.True(runs > 1_000, $"only {runs} inputs");
        Assert.True(failures.Count == 0, $"{failures.Count} of {runs} inputs failed badly:\n{string.Join("\n", failures.Take(15))}");
        Assert.Equal(5, engine.Engine.Store.NodeCount);
    }

    [Fact]
    public async Task Every_truncation_and_mutant_run_in_write_mode_is_a_result_or_a_positioned_error()
    {
        var engine = await GraphAsync();
        var failures = new List<string>();
        var runs = 0;

        foreach (var seed in Seeds())
        {
            foreach (var input in Enumerable.Range(0, seed.Length + 1).Select(cut => seed[..cut]).Concat(Mutants(seed)))
            {
                runs++;
                if (await OutcomeAsync(engine, input, options: WriteLimits) is { } failure)
                {
                    failures.Add(failure);
                }
            }
        }

        Assert.True(runs > 2_000, $"only {runs} inputs");
        Assert.True(failures.Count == 0, $"{failures.Count} of {runs} inputs failed badly:\n{string.Join("\n", failures.Take(15))}");
    }

    /// <summary>Null when the outcome is allowed; otherwise what went wrong, with the input.</summary>
    private static async Task<string?> OutcomeAsync(LimitedEngine engine, string text, bool mustSucceed = false, QueryOptions? options = null)
    {
        try
        {
            await engine.RunAsync(text, options ?? Limits, Parameters).WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);
            return null;
        }
        catch (CypherException error) when (!mustSucceed)
        {
            if (error.Position is { } p)
            {
                return p.Offset >= 0 && p.Offset <= text.Length && p.Line >= 1 && p.Column >= 1
                    ? null
                    : $"position {p} outside the text: {error.Kind}/{error.Detail} {error.Message} <<{text}>>";
            }

            return error is { Kind: CypherErrorKind.LimitExceeded, Detail: "TimeoutExceeded" or "RowLimitExceeded" }
                ? null
                : $"no position: {error.Kind}/{error.Detail} {error.Message} <<{text}>>";
        }
        catch (Exception error)
        {
            return $"{error.GetType().Name}: {error.Message} <<{text}>>";
        }
    }

    // The seeds include the explorer's templates, so the engine has the explorer's full-text index.
    private static async Task<LimitedEngine> GraphAsync()
    {
        var engine = new LimitedEngine(ExplorerEngine.Options);
        await engine.RunAsync(Graph, LimitedEngine.Write());
        return engine;
    }

    internal static IEnumerable<string> Seeds()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Robustness", "fuzz-queries.cypher")).ReplaceLineEndings("\n");
        var lines = text.Split('\n').Where(static l => !l.StartsWith("//", StringComparison.Ordinal));
        return string.Join('\n', lines).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static IEnumerable<string> Mutants(string seed)
    {
        var tokens = Token().Matches(seed);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            yield return seed[..t.Index] + seed[(t.Index + t.Length)..];
            yield return seed[..(t.Index + t.Length)] + " " + t.Value + seed[(t.Index + t.Length)..];
            if (i + 1 < tokens.Count)
            {
                var u = tokens[i + 1];
                yield return seed[..t.Index] + u.Value + seed[(t.Index + t.Length)..u.Index] + t.Value + seed[(u.Index + u.Length)..];
            }
        }
    }

    [GeneratedRegex(@"'(?:[^'\\]|\\.)*'|`[^`]*`|\$?[A-Za-z_][A-Za-z_0-9]*|\d+(?:\.\d+)?|<>|<=|>=|=~|->|<-|\.\.|\S")]
    private static partial Regex Token();
}
