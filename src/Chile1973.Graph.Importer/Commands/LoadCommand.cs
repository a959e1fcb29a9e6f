using System.Globalization;
using Chile1973.Graph.Importer.Neo4jLoad;
using Chile1973.Graph.Neo4j;
using Spectre.Console;

namespace Chile1973.Graph.Importer.Commands;

/// <summary>
/// <c>load --target neo4j</c>: puts the checked graph into Neo4j (constraints, the explorer's
/// full-text index, then MERGE batches). Running it again leaves the same graph.
/// </summary>
internal static class LoadCommand
{
    public static Command Create(CliContext context)
    {
        var locations = new GraphLocationOptions();
        var neo4j = new Neo4jTargetOptions();
        var target = new Option<string>("--target")
        {
            Description = "Where to load the graph",
            DefaultValueFactory = _ => "neo4j",
        };
        target.AcceptOnlyFromAmong("neo4j");
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "Rows per statement",
            DefaultValueFactory = _ => 500,
        };
        batchSize.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--batch-size must be at least 1.");
            }
        });
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the statements and batch counts without connecting" };
        var atomic = new Option<bool>("--atomic") { Description = "Load all data in one explicit transaction: all or nothing" };

        var command = new Command("load", "Load the graph into Neo4j: constraints, full-text index, MERGE batches (idempotent)");
        command.Options.Add(target);
        neo4j.AddTo(command);
        locations.AddTo(command);
        command.Options.Add(batchSize);
        command.Options.Add(dryRun);
        command.Options.Add(atomic);
        command.SetAction((parseResult, cancellationToken) => CommandErrors.GuardAsync(context, async () =>
        {
            var (graph, seeds) = locations.Resolve(parseResult);
            KnowledgeGraph knowledge;
            try
            {
                knowledge = GraphReading.Load(context, graph, seeds);
            }
            catch (GraphValidationException e)
            {
                GraphReading.PrintProblems(context.Error, e.Problems, "in the graph files; nothing was loaded: fix the graph files first.");
                return 1;
            }

            var plan = GraphLoadPlan.Create(knowledge, parseResult.GetValue(batchSize));
            if (parseResult.GetValue(dryRun))
            {
                await context.Out.WriteAsync(plan.Describe()).ConfigureAwait(false);
                return 0;
            }

            if (neo4j.ResolveChecked(parseResult, context.Error) is not { } options)
            {
                return 1;
            }

            using var engine = Neo4jEngineFactory.Create(options, new WriterLoggerFactory(context.Error));
            var statementsDone = 0;
            try
            {
                var result = await Run(context, engine, plan, parseResult.GetValue(atomic), options.Database, done => statementsDone = done, cancellationToken)
                    .ConfigureAwait(false);
                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Loaded {knowledge.Nodes.Count} nodes and {knowledge.Relationships.Count} relationships into {options.Uri} ({options.Database}): "
                    + $"{result.Statements} statements, {result.Counters.NodesCreated} nodes and {result.Counters.RelationshipsCreated} relationships created, "
                    + $"{result.Counters.PropertiesSet} properties set in {result.Elapsed.TotalSeconds:0.0} s.")).ConfigureAwait(false);
                return 0;
            }
            catch (CypherException e)
            {
                // A refusal (bad credentials, no permission) is said as one, naming the server and user.
                var refused = e.StatusCode?.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) == true;
                await context.Error.WriteLineAsync(refused
                    ? $"error: Neo4j at {options.Uri} refused user '{options.User}': {e.Message} Check --user and --password (or NEO4J_USER, NEO4J_PASSWORD)."
                    : $"error: {e.Message}").ConfigureAwait(false);
                await context.Error.WriteLineAsync(
                    statementsDone == 0 ? "Nothing was loaded."
                    : parseResult.GetValue(atomic) ? "The load stopped part-way and its transaction was rolled back: no nodes or relationships were written; run it again."
                    : "The load stopped part-way; every statement merges by id, so running it again completes the graph.").ConfigureAwait(false);
                return 1;
            }
        }));
        return command;
    }

    private static async Task<LoadResult> Run(
        CliContext context, Neo4jCypherEngine engine, GraphLoadPlan plan, bool atomic, string database, Action<int> statementsDone,
        CancellationToken cancellationToken)
    {
        if (!context.ShowsProgress)
        {
            var last = string.Empty;
            var lines = new SynchronousProgress(p =>
            {
                statementsDone(p.StatementsDone);
                if (!string.Equals(p.Step, last, StringComparison.Ordinal))
                {
                    last = p.Step;
                    context.Out.WriteLine($"[{p.StatementsDone}/{p.StatementsTotal}] {p.Step}");
                }
            });
            return await Neo4jGraphLoader.LoadAsync(engine, plan, atomic, database, lines, cancellationToken).ConfigureAwait(false);
        }

        return await context.Console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("Loading into Neo4j", maxValue: plan.StatementCount);
                var bar = new SynchronousProgress(p =>
                {
                    statementsDone(p.StatementsDone);
                    task.Value = p.StatementsDone;
                    task.Description = Markup.Escape(p.Step);
                });
                return await Neo4jGraphLoader.LoadAsync(engine, plan, atomic, database, bar, cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);
    }

    /// <summary>Reports on the caller's thread, so lines and the bar follow the load exactly.</summary>
    private sealed class SynchronousProgress(Action<LoadProgress> report) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => report(value);
    }
}
