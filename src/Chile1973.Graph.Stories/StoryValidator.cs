using Chile1973.Graph.Core.GraphFiles;
using Chile1973.Graph.Core.Model;
using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Cypher.ReadOnly;

namespace Chile1973.Graph.Stories;

/// <summary>
/// Checks stories against the graph and the seeds: each query parses and only reads, each focused node exists,
/// each date is a partial date, and each quote is found verbatim in a seed. Every problem names file, line and field.
/// </summary>
public static class StoryValidator
{
    /// <summary>The problems of every story file, in file order.</summary>
    public static IReadOnlyList<GraphProblem> Validate(IEnumerable<StoryFile> files, KnowledgeGraph graph, SeedLibrary seeds)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(seeds);
        var nodeIds = graph.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var problems = new List<GraphProblem>();
        foreach (var file in files)
        {
            problems.AddRange(file.Problems);
            if (file.Story is { } story)
            {
                for (var i = 0; i < story.Steps.Count; i++)
                {
                    CheckStep(file.Path, story.Steps[i], file.Lines[i], nodeIds, seeds, problems);
                }
            }
        }

        return problems;
    }

    private static void CheckStep(string path, StoryStep step, StepLines lines, HashSet<string> nodeIds, SeedLibrary seeds, List<GraphProblem> problems)
    {
        if (step.Query is { } query)
        {
            try
            {
                var verdict = ReadOnlyQuery.Classify(query);
                if (!verdict.IsReadOnly)
                {
                    problems.Add(new GraphProblem(path, lines.Query + verdict.Position!.Value.Line - 1, "query",
                        $"{verdict.Write} would change the graph; a story's query must only read ({verdict.Position})"));
                }
            }
            catch (CypherException error)
            {
                var line = error.Position is { } at ? lines.Query + at.Line - 1 : lines.Query;
                problems.Add(new GraphProblem(path, line, "query", error.Message));
            }
        }

        foreach (var id in step.Focus.Where(id => !nodeIds.Contains(id)))
        {
            problems.Add(new GraphProblem(path, lines.Focus, "focus", $"no node has id '{id}'"));
        }

        if (step.Date is { } date && !PartialDate.TryParse(date, out _, out var dateError))
        {
            problems.Add(new GraphProblem(path, lines.Date, "date", dateError));
        }

        if (step.Quote.Length > 0 && !seeds.Documents.Any(d => d.Locate(step.Quote) is not null))
        {
            problems.Add(new GraphProblem(path, lines.Quote, "quote", "quote not found verbatim in any seed"));
        }
    }
}
