using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Tck.Cases;
using Chile1973.Graph.Tck.Gherkin;
using Chile1973.Graph.Tck.Values;

namespace Chile1973.Graph.Tck.Execution;

/// <summary>
/// Runs the steps of one test case against one fresh engine. Unmet expectations throw
/// <see cref="TckAssertionException"/>; anything else an engine throws escapes as a crash.
/// </summary>
public sealed class ScenarioExecutor(TckCase testCase, TckEngine engine, string graphsDirectory)
{
    private readonly bool measuresSideEffects = testCase.Steps.Any(step =>
        step.Keyword == "Then" && (step.Text is "no side effects" or "the side effects should be:"
            || StepPatterns.ExpectedError().IsMatch(step.Text)));

    private Dictionary<string, object?> parameters = new(StringComparer.Ordinal);
    private QueryOutcome? last;
    private GraphState? before;
    private GraphState? after;

    /// <summary>Runs every step in order.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var step in testCase.Steps)
        {
            switch (step.Keyword)
            {
                case "Given":
                    await GivenAsync(step, cancellationToken).ConfigureAwait(false);
                    break;
                case "When":
                    await WhenAsync(step, cancellationToken).ConfigureAwait(false);
                    break;
                case "Then":
                    Then(step);
                    break;
                default:
                    throw Fail(step, "unknown keyword");
            }
        }
    }

    private async Task GivenAsync(GherkinStep step, CancellationToken cancellationToken)
    {
        if (step.Text is "an empty graph" or "any graph")
        {
            return;
        }

        if (step.Text == "having executed:")
        {
            await SetUpAsync(RequireDocString(step), step, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (step.Text == "parameters are:")
        {
            parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var row in RequireTable(step).Rows)
            {
                if (row.Count != 2)
                {
                    throw Fail(step, "a parameter row must be '| name | value |'");
                }

                parameters[row[0]] = ParseValue(step, row[1]);
            }

            return;
        }

        if (StepPatterns.NamedGraph().Match(step.Text) is { Success: true } graph)
        {
            var name = graph.Groups[1].Value;
            var file = Path.Combine(graphsDirectory, name, name + ".cypher");
            if (!File.Exists(file))
            {
                throw Fail(step, $"no named graph file at {file}");
            }

            await SetUpAsync(await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false), step, cancellationToken)
                .ConfigureAwait(false);
            return;
        }

        if (StepPatterns.Procedure().Match(step.Text) is { Success: true } procedure)
        {
            RegisterProcedure(step, procedure.Groups[1].Value);
            return;
        }

        throw Fail(step, "unsupported step");
    }

    private void RegisterProcedure(GherkinStep step, string signatureText)
    {
        var table = RequireTable(step);
        ProcedureSignature signature;
        try
        {
            signature = ProcedureSignature.Parse(signatureText);
        }
        catch (FormatException error)
        {
            throw Fail(step, error.Message);
        }

        var rows = table.Body
            .Select(row => signature.Arrange(table.Header, row.Select(cell => ParseValue(step, cell)).ToList()))
            .ToList();
        try
        {
            engine.RegisterProcedure(signatureText, rows);
        }
        catch (CypherException error)
        {
            throw Fail(step, $"the engine refused the procedure: {Describe(error)}");
        }
    }

    private async Task SetUpAsync(string query, GherkinStep step, CancellationToken cancellationToken)
    {
        var outcome = await QueryRunner.RunAsync(engine.Engine, query, parameters, AccessMode.Write, cancellationToken)
            .ConfigureAwait(false);
        if (outcome.Error is { } error)
        {
            throw Fail(step, $"the setup query failed: {Describe(error)}");
        }
    }

    private async Task WhenAsync(GherkinStep step, CancellationToken cancellationToken)
    {
        var query = RequireDocString(step);
        switch (step.Text)
        {
            case "executing query:":
                before = measuresSideEffects ? await GraphState.CaptureAsync(engine.Engine, cancellationToken).ConfigureAwait(false) : null;
                last = await QueryRunner.RunAsync(engine.Engine, query, parameters, AccessMode.Write, cancellationToken).ConfigureAwait(false);
                after = measuresSideEffects ? await GraphState.CaptureAsync(engine.Engine, cancellationToken).ConfigureAwait(false) : null;
                break;
            case "executing control query:":
                last = await QueryRunner.RunAsync(engine.Engine, query, parameters, AccessMode.Write, cancellationToken).ConfigureAwait(false);
                break;
            default:
                throw Fail(step, "unsupported step");
        }
    }

    private void Then(GherkinStep step)
    {
        var outcome = last ?? throw Fail(step, "no query was executed before this check");
        switch (step.Text)
        {
            case "the result should be, in any order:":
                ResultTable.Check(step, outcome, RequireTable(step), ordered: false, ignoreListOrder: false);
                return;
            case "the result should be, in order:":
                ResultTable.Check(step, outcome, RequireTable(step), ordered: true, ignoreListOrder: false);
                return;
            case "the result should be (ignoring element order for lists):":
                ResultTable.Check(step, outcome, RequireTable(step), ordered: false, ignoreListOrder: true);
                return;
            case "the result should be, in order (ignoring element order for lists):":
                ResultTable.Check(step, outcome, RequireTable(step), ordered: true, ignoreListOrder: true);
                return;
            case "the result should be empty":
                ResultTable.CheckEmpty(step, outcome);
                return;
            case "no side effects":
                CheckSideEffects(step, SideEffects.None);
                return;
            case "the side effects should be:":
                try
                {
                    CheckSideEffects(step, SideEffects.FromTable(RequireTable(step).Rows));
                }
                catch (FormatException error)
                {
                    throw Fail(step, error.Message);
                }

                return;
        }

        if (StepPatterns.ExpectedError().Match(step.Text) is { Success: true } expected)
        {
            ExpectedError.Check(step, outcome, expected.Groups[1].Value, expected.Groups[2].Value, expected.Groups[3].Value);

            // The TCK adds an implicit "no side effects" to every error scenario: a failed query changes nothing.
            CheckSideEffects(step, SideEffects.None);
            return;
        }

        throw Fail(step, "unsupported step");
    }

    private void CheckSideEffects(GherkinStep step, SideEffects expected)
    {
        if (last?.Error is { } error && expected != SideEffects.None)
        {
            throw Fail(step, $"expected side effects ({expected}) but the query failed: {Describe(error)}");
        }

        if (before is null || after is null)
        {
            throw Fail(step, "side effects are checked but no query under test was executed");
        }

        var actual = GraphState.Diff(before, after);
        if (actual != expected)
        {
            throw Fail(step, $"side effects were {actual}, expected {expected}");
        }
    }

    private static object? ParseValue(GherkinStep step, string cell)
    {
        try
        {
            return TckValueParser.Parse(cell);
        }
        catch (FormatException error)
        {
            throw Fail(step, error.Message);
        }
    }

    private static string RequireDocString(GherkinStep step) => step.DocString ?? throw Fail(step, "the step needs a doc string");

    private static GherkinTable RequireTable(GherkinStep step) => step.Table ?? throw Fail(step, "the step needs a table");

    internal static string Describe(CypherException error) => $"{error.Kind} ({error.Phase}, {error.Detail}): {error.Message}";

    internal static TckAssertionException Fail(GherkinStep step, string message) =>
        new($"line {step.Line}, '{step.Keyword} {step.Text}': {message}");
}
