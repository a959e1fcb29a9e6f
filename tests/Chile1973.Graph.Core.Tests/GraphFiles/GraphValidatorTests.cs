using Chile1973.Graph.Core.GraphFiles;
using Chile1973.Graph.Core.Model;
using Xunit;

namespace Chile1973.Graph.Core.Tests.GraphFiles;

public sealed class GraphValidatorTests
{
    public static TheoryData<string, int, string, string> PlantedErrors => new()
    {
        { "graph/nodes/persons.csv", 3, "id:ID", "duplicate node id 'ana_perez', first defined at graph/nodes/persons.csv:2" },
        { "graph/nodes/persons.csv", 4, "id:ID", "'Bad-Id' is not a node id" },
        { "graph/nodes/persons.csv", 5, ":LABEL", "unknown label 'Wizard'" },
        { "graph/nodes/persons.csv", 6, "start", "'1973-13' has no month 13" },
        { "graph/nodes/persons.csv", 7, "end", "end 1970 is before start 1980" },
        { "graph/nodes/persons.csv", 8, "name", "missing required value" },
        { "graph/nodes/persons.csv", 9, "quote", "missing required value" },
        { "graph/nodes/persons.csv", 10, "quote", "quote not found verbatim in seed 'seed_a'" },
        { "graph/nodes/persons.csv", 11, "source", "unknown seed 'no_such_seed'" },
        { "graph/nodes/persons.csv", 12, "born_year:int", "'nineteen' is not an integer" },
        { "graph/nodes/persons.csv", 13, "record", "unclosed quote in field 9" },
        { "graph/nodes/persons.csv", 14, "record", "expected 10 fields as in the header, found 9" },
        { "graph/nodes/places.csv", 1, "area:acres", "unknown column type 'acres'" },
        { "graph/nodes/unions.csv", 1, "quote", "missing required column" },
        { "graph/relationships/links.csv", 3, "id", "duplicate relationship id 'ana_perez-KNEW-juan_soto' (derived from start, type and end)" },
        { "graph/relationships/links.csv", 4, ":END_ID", "no node has id 'nobody_here'" },
        { "graph/relationships/links.csv", 5, ":TYPE", "'knows' is not a relationship type" },
        { "graph/relationships/links.csv", 6, ":START_ID", "no node has id 'ghost'" },
        { "graph/relationships/links.csv", 7, "id", "'second knew' is not a relationship id" },
        { "graph/relationships/links.csv", 8, "start", "'1975-02-30' has no day 30" },
        { "graph/relationships/links.csv", 9, "weight:float", "'heavy' is not a number" },
        { "graph/relationships/links.csv", 10, "tags:string[]", "element 2 of 'a;;b' is empty" },
        { "graph/relationships/links.csv", 11, "claimed_by", "no node has id 'no_one'" },
        { "graph/relationships/links.csv", 12, "record", "quote inside unquoted field 3" },
        { "graph/relationships/links.csv", 13, "source", "missing required value" },
        { "graph/relationships/links.csv", 14, ":TYPE", "type 'ADMIRED' has no category: declare it in graph/vocabulary/relationship-types.csv" },
        { "graph/vocabulary/relationship-types.csv", 8, "type", "type 'KNEW' already has a category at line 2" },
        { "graph/vocabulary/relationship-types.csv", 9, "category", "unknown category 'travel': use one of acquaintance, place" },
    };

    private static GraphValidationReport Broken() => GraphValidator.Validate(TestGraphs.Graph("broken"), TestGraphs.Seeds("broken"));

    [Theory]
    [MemberData(nameof(PlantedErrors))]
    public void Validate_reports_each_planted_error_with_its_line_and_field(string file, int line, string field, string message)
    {
        var report = Broken();

        var problem = Assert.Single(report.Problems, p => p.File == file && p.Line == line && p.Field == field);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_reports_nothing_but_the_planted_errors()
    {
        var report = Broken();

        var expected = PlantedErrors.Select(row => $"{row.Data.Item1}:{row.Data.Item2}: {row.Data.Item3}").Order(StringComparer.Ordinal);
        var actual = report.Problems.Select(p => $"{p.File}:{p.Line}: {p.Field}").Order(StringComparer.Ordinal);
        Assert.Equal(expected, actual);
        Assert.Null(report.Graph);
        Assert.False(report.IsValid);
    }

    [Fact]
    public void Problem_prints_as_path_line_field_message()
    {
        var problem = new GraphProblem("graph/nodes/persons.csv", 7, "end", "end 1970 is before start 1980");

        Assert.Equal("graph/nodes/persons.csv:7: end: end 1970 is before start 1980", problem.ToString());
    }

    [Fact]
    public void Problem_shows_control_characters_quoted_from_a_file_as_escapes_so_it_stays_on_one_line()
    {
        // Found by the random-file property: a stray carriage return in a column name moved the terminal's cursor
        // back over the path.
        var problem = new GraphProblem("graph/nodes/persons.csv", 1, "id\rx", "'id\rx' is not a column name; \u0007\u0085\u2028\tend");

        Assert.Equal(@"graph/nodes/persons.csv:1: id\u000Dx: 'id\u000Dx' is not a column name; \u0007\u0085\u2028\u0009end", problem.ToString());
    }

    [Fact]
    public void Validate_reads_a_clean_graph_with_typed_properties_and_provenance()
    {
        var report = GraphValidator.Validate(TestGraphs.Graph("valid"), TestGraphs.Seeds("valid"));

        Assert.Empty(report.Problems);
        var graph = Assert.IsType<KnowledgeGraph>(report.Graph);
        Assert.Equal(["ana_perez", "juan_soto", "valparaiso"], graph.Nodes.Select(n => n.Id));
        var ana = graph.Nodes[0];
        Assert.Equal(NodeKind.Person, ana.Kind);
        Assert.Equal(["Ana", "La Profesora"], ana.Aliases);
        Assert.Equal(new PartialDate(1930), ana.Start);
        Assert.Equal(new PartialDate(1990, 5, 1), ana.End);
        Assert.Equal("A teacher, later a writer.", ana.Description);
        Assert.Equal(1930L, ana.Properties["born_year"]);
        Assert.Equal(1.62, ana.Properties["height"]);
        Assert.Equal(true, ana.Properties["retired"]);
        Assert.Equal(new[] { "La \"Profe\"", "Anita" }, ana.Properties["nicknames"]);
        Assert.Equal(new long[] { 3, -4, 5 }, ana.Properties["scores"]);
        Assert.Equal(new Provenance("seed_a", "Ana Perez taught in Valparaiso."), ana.Provenance);
        Assert.Equal(new SourceLocation("graph/nodes/persons.csv", 2), ana.Location);
        Assert.Empty(graph.Nodes[1].Properties);
    }

    [Fact]
    public void Validate_derives_relationship_ids_and_keeps_explicit_ones()
    {
        var graph = GraphValidator.Validate(TestGraphs.Graph("valid"), TestGraphs.Seeds("valid")).Graph!;

        Assert.Equal(["ana_perez-KNEW-juan_soto", "knew_again", "ana_perez-LIVED_IN-valparaiso"], graph.Relationships.Select(r => r.Id));
        var knew = graph.Relationships[0];
        Assert.Equal(("ana_perez", "KNEW", "juan_soto"), (knew.StartId, knew.Type, knew.EndId));
        Assert.Equal(new PartialDate(1950), knew.Start);
        Assert.Equal(0.5, knew.Properties["weight"]);
        Assert.Equal(2.0, graph.Relationships[2].Properties["weight"]);
        Assert.False(graph.Relationships[1].Properties.ContainsKey("weight"));
    }

    [Fact]
    public void Validate_matches_quotes_across_line_breaks_and_white_space_runs()
    {
        // places.csv quotes "The port of   Valparaiso  was busy." with CRLF line ends; the seed breaks the line.
        var graph = GraphValidator.Validate(TestGraphs.Graph("valid"), TestGraphs.Seeds("valid")).Graph!;

        Assert.Equal("Valparaiso", Assert.Single(graph.Nodes, n => n.Kind == NodeKind.Place).Name);
    }

    [Fact]
    public void Validate_reports_missing_directories_instead_of_throwing()
    {
        var root = TestGraphs.CopyToTemp("valid");
        Directory.Delete(Path.Combine(root, "graph", "relationships"), recursive: true);

        var report = GraphValidator.Validate(Path.Combine(root, "graph"), Path.Combine(root, "no_seeds"));

        Assert.Contains(report.Problems, p => p.File == "no_seeds" && p.Field == "file");
        Assert.Contains(report.Problems, p => p.File == "graph/relationships" && p.Field == "file");
    }

    [Fact]
    public void Validate_gives_every_relationship_the_category_its_type_is_declared_under()
    {
        var graph = GraphValidator.Validate(TestGraphs.Graph("valid"), TestGraphs.Seeds("valid")).Graph!;

        Assert.Equal(
            [("KNEW", "acquaintance"), ("KNEW", "acquaintance"), ("LIVED_IN", "place")],
            graph.Relationships.Select(r => (r.Type, r.Properties[GraphProperties.Category])));
        Assert.Equal("place", GraphProperties.Of(graph.Relationships[2])[GraphProperties.Category]);
    }

    [Fact]
    public void Validate_reports_a_missing_vocabulary_file_once_instead_of_on_every_relationship()
    {
        var root = TestGraphs.CopyToTemp("valid");
        File.Delete(Path.Combine(root, "graph", "vocabulary", "relationship-types.csv"));

        var report = GraphValidator.Validate(Path.Combine(root, "graph"), Path.Combine(root, "seeds"));

        var problem = Assert.Single(report.Problems);
        Assert.Equal(("graph/vocabulary/relationship-types.csv", 0, "file"), (problem.File, problem.Line, problem.Field));
        Assert.Contains("the category of every relationship type", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_rejects_a_category_column_in_a_relationship_file_because_the_type_declares_it()
    {
        var root = TestGraphs.CopyToTemp("valid");
        var links = Path.Combine(root, "graph", "relationships", "links.csv");
        File.WriteAllText(links, ":START_ID,:END_ID,:TYPE,id,start,end,source,quote,category\n"
            + "ana_perez,juan_soto,KNEW,,,,seed_a,Ana Perez knew Juan Soto.,place\n");

        var report = GraphValidator.Validate(Path.Combine(root, "graph"), Path.Combine(root, "seeds"));

        var problem = Assert.Single(report.Problems);
        Assert.Equal(("graph/relationships/links.csv", 1, "category"), (problem.File, problem.Line, problem.Field));
        Assert.Contains("declared once in graph/vocabulary/relationship-types.csv", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_lists_a_relationship_whose_quote_names_neither_end_with_the_reason_a_reviewer_kept_it()
    {
        var root = TestGraphs.CopyToTemp("valid");
        File.AppendAllText(Path.Combine(root, "graph", "relationships", "links.csv"), "juan_soto,valparaiso,WORKED_IN,,,,seed_a,Rosa Vera sang.,\n");
        File.AppendAllText(Path.Combine(root, "graph", "vocabulary", "relationship-types.csv"), "WORKED_IN,place\n");
        var unreviewed = GraphValidator.Validate(Path.Combine(root, "graph"), Path.Combine(root, "seeds"));
        Directory.CreateDirectory(Path.Combine(root, "graph", "review"));
        File.WriteAllText(Path.Combine(root, "graph", "review", "quotes-naming-neither-end.csv"),
            "relationship,reason\njuan_soto-WORKED_IN-valparaiso,a test row\n");

        var reviewed = GraphValidator.Validate(Path.Combine(root, "graph"), Path.Combine(root, "seeds"));

        Assert.Empty(unreviewed.Problems);
        var finding = Assert.Single(unreviewed.QuotesNamingNeitherEnd);
        Assert.Equal(("juan_soto-WORKED_IN-valparaiso", null), (finding.Relationship.Id, finding.Reason));
        Assert.Empty(reviewed.Problems);
        Assert.Equal("a test row", Assert.Single(reviewed.QuotesNamingNeitherEnd).Reason);
    }

    [Fact]
    public void Review_list_that_names_no_relationship_or_a_row_whose_quote_names_an_end_is_reported_so_it_cannot_go_stale()
    {
        var root = TestGraphs.CopyToTemp("valid");
        Directory.CreateDirectory(Path.Combine(root, "graph", "review"));
        File.WriteAllText(Path.Combine(root, "graph", "review", "quotes-naming-neither-end.csv"),
            "relationship,reason\nno_such-KNEW-row,gone\nknew_again,its quote names Ana Perez\nana_perez-LIVED_IN-valparaiso,\n");

        var report = GraphValidator.Validate(Path.Combine(root, "graph"), Path.Combine(root, "seeds"));

        Assert.Equal(
            [
                "graph/review/quotes-naming-neither-end.csv:4: reason: missing required value: say why the quote supports the row",
            ],
            report.Problems.Select(p => p.ToString()));
        File.WriteAllText(Path.Combine(root, "graph", "review", "quotes-naming-neither-end.csv"),
            "relationship,reason\nno_such-KNEW-row,gone\nknew_again,its quote names Ana Perez\n");
        Assert.Equal(
            [
                "graph/review/quotes-naming-neither-end.csv:2: relationship: no relationship has id 'no_such-KNEW-row'",
                "graph/review/quotes-naming-neither-end.csv:3: relationship: 'knew_again' no longer needs review: its quote names an end; remove the row",
            ],
            GraphValidator.Validate(Path.Combine(root, "graph"), Path.Combine(root, "seeds")).Problems.Select(p => p.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_reports_progress_once_per_file()
    {
        var seen = new List<GraphFileProgress>();

        GraphValidator.Validate(TestGraphs.Graph("valid"), TestGraphs.Seeds("valid"), new ListProgress(seen), TestContext.Current.CancellationToken);

        Assert.Equal(["graph/nodes/persons.csv", "graph/nodes/places.csv", "graph/relationships/links.csv"], seen.Select(p => p.File));
        Assert.All(seen, p => Assert.Equal(3, p.FilesTotal));
        Assert.Equal([1, 2, 3], seen.Select(p => p.FilesDone));
    }

    private sealed class ListProgress(List<GraphFileProgress> seen) : IProgress<GraphFileProgress>
    {
        public void Report(GraphFileProgress value) => seen.Add(value);
    }
}
