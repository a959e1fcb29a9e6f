using System.Globalization;
using System.Text;
using Chile1973.Graph.Core.GraphFiles.Reading;
using Chile1973.Graph.Cypher.Store;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Store;

public sealed class GraphFilesLoadTests : IDisposable
{
    // Enough lines that the reader cuts each file into several ranges parsed side by side.
    private const int ManyNodes = 400_000;

    private readonly string _dir = Directory.CreateTempSubdirectory("chile1973-bulk").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Loader_reads_quotes_crlf_bom_blank_lines_and_typed_columns()
    {
        File.WriteAllText(Path.Combine(_dir, "nodes.csv"),
            "\uFEFFid:ID,name,:LABEL,votes:int,share:float,alive:boolean,tags:string[]\r\n" +
            "n0,\"Allende, Salvador\",Person;Politician,36,0.363,FALSE,a;b\r\n" +
            "\r\n" +
            "n1,\"Say \"\"no\"\"\",Place,,,true,\r\n",
            new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.WriteAllText(Path.Combine(_dir, "relationships.csv"), ":START_ID,:END_ID,:TYPE,since\r\nn0,n1,LOCATED_IN,1970\r\nn1,n0,LOCATED_IN,\r\n");

        var store = Load();

        var n0 = store.NodesById("n0")[0];
        var n1 = store.NodesById("n1")[0];
        Assert.Equal("Allende, Salvador", Property(store, n0, "name"));
        Assert.Equal(["Person", "Politician"], store.NodeLabels(n0).ToArray().Select(store.Labels.Name));
        Assert.Equal(36L, Property(store, n0, "votes"));
        Assert.Equal(0.363, Property(store, n0, "share"));
        Assert.Equal(false, Property(store, n0, "alive"));
        Assert.Equal(new object?[] { "a", "b" }, (IEnumerable<object?>)Property(store, n0, "tags")!);
        Assert.Equal("Say \"no\"", Property(store, n1, "name"));
        Assert.Null(Property(store, n1, "votes"));
        Assert.Equal(true, Property(store, n1, "alive"));
        Assert.Equal(2, store.RelationshipCount);
        Assert.Equal("1970", store.RelationshipProperty(0, store.PropertyKeys.Find("since")));
        Assert.Null(store.RelationshipProperty(1, store.PropertyKeys.Find("since")));
    }

    [Fact]
    public void Loader_tells_apart_ids_that_share_their_first_bytes()
    {
        string[] ids = ["abcdefgh", "abcdefghi", "abcdefghj", "abcdefg", "ñandú", "ñandú-2", "x"];
        File.WriteAllText(Path.Combine(_dir, "nodes.csv"), "id:ID,n:int\n" + string.Concat(ids.Select((id, i) => $"{id},{i}\n")));
        File.WriteAllText(Path.Combine(_dir, "relationships.csv"), ":START_ID,:END_ID,:TYPE\n" + string.Concat(ids.Select((id, i) => $"{id},{ids[(i + 1) % ids.Length]},T\n")));

        var store = Load();

        var n = store.PropertyKeys.Find("n");
        for (var i = 0; i < ids.Length; i++)
        {
            Assert.Equal((long)i, store.NodeProperty(store.StartNode(i), n));
            Assert.Equal((long)((i + 1) % ids.Length), store.NodeProperty(store.EndNode(i), n));
        }

        File.AppendAllText(Path.Combine(_dir, "relationships.csv"), "abcdefghk,x,T\n");
        Assert.EndsWith("relationships.csv:9: :START_ID: no node has id 'abcdefghk'", Assert.Single(Problems()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("n0,Person 0,Person,x\n", "nodes.csv:2: start:int: 'x' is not an integer")]
    [InlineData("n0,\"Person 0,Person,1\n", "nodes.csv:2: record: unclosed quote in field 2 (column 4); a field may not span lines")]
    [InlineData("n0,\"Person\" 0,Person,1\n", "nodes.csv:2: record: unexpected ' ' after the closing quote of field 2 (column 12)")]
    [InlineData("n0,Person 0,Person\n", "nodes.csv:2: record: expected 4 fields as in the header, found 3")]
    [InlineData("n0,Person 0,Person,1\n\nn0,Person 1,Person,2\n", "nodes.csv:4: id:ID: duplicate node id 'n0', first defined at ")]
    [InlineData("n0,Person\u00000,Person,1\n", "nodes.csv:2: record: NUL byte in field 2 (column 10); graph files are UTF-8 text without NUL bytes (was the file saved as UTF-16?)")]
    public void Loader_names_the_file_line_and_field_of_a_bad_node_line(string body, string expected)
    {
        File.WriteAllText(Path.Combine(_dir, "nodes.csv"), "id:ID,name,:LABEL,start:int\n" + body);
        File.WriteAllText(Path.Combine(_dir, "relationships.csv"), ":START_ID,:END_ID,:TYPE\n");

        Assert.Contains(expected, Assert.Single(Problems()), StringComparison.Ordinal);
        Assert.Throws<Core.GraphFiles.GraphValidationException>(Load);
    }

    [Fact]
    public void Loader_refuses_a_line_that_is_not_UTF_8_instead_of_reading_replacement_characters()
    {
        // Latin-1, as a spreadsheet may save it: "Señor" with ñ as the single byte F1.
        File.WriteAllBytes(Path.Combine(_dir, "nodes.csv"), [.. "id:ID,name\nn0,Se"u8, 0xF1, .. "or\nn1,Senor\n"u8]);
        File.WriteAllText(Path.Combine(_dir, "relationships.csv"), ":START_ID,:END_ID,:TYPE\nn1,n1,T\n");

        Assert.EndsWith("nodes.csv:2: record: bytes that are not UTF-8 in field 2 (column 6); save the file as UTF-8", Assert.Single(Problems()), StringComparison.Ordinal);
        Assert.Throws<Core.GraphFiles.GraphValidationException>(Load);
    }

    [Theory]
    [InlineData("n9,n0,T\n", "relationships.csv:2: :START_ID: no node has id 'n9'")]
    [InlineData("n0,n0,T\nn0,n9,T\n", "relationships.csv:3: :END_ID: no node has id 'n9'")]
    [InlineData("n0,n0,\n", "relationships.csv:2: :TYPE: missing required value")]
    [InlineData("n0,n0,T\nn0,n0\n", "relationships.csv:3: record: expected 3 fields as in the header, found 2")]
    public void Loader_names_the_file_line_and_field_of_a_bad_relationship_line(string body, string expected)
    {
        File.WriteAllText(Path.Combine(_dir, "nodes.csv"), "id:ID\nn0\n");
        File.WriteAllText(Path.Combine(_dir, "relationships.csv"), ":START_ID,:END_ID,:TYPE\n" + body);

        Assert.Contains(expected, Assert.Single(Problems()), StringComparison.Ordinal);
        Assert.Throws<Core.GraphFiles.GraphValidationException>(Load);
    }

    [Fact]
    public void Reader_names_every_bad_line_not_only_the_first()
    {
        File.WriteAllText(Path.Combine(_dir, "nodes.csv"), "id:ID,n:int\nn0,1\nn1,x\nn0,2\n");
        File.WriteAllText(Path.Combine(_dir, "relationships.csv"), ":START_ID,:END_ID,:TYPE\nn9,n0,T\nn0,n0\nn0,n8,\n");

        var problems = Problems();

        Assert.Equal(6, problems.Count);
        Assert.EndsWith("nodes.csv:3: n:int: 'x' is not an integer", problems[0], StringComparison.Ordinal);
        Assert.Contains("nodes.csv:4: id:ID: duplicate node id 'n0', first defined at ", problems[1], StringComparison.Ordinal);
        Assert.EndsWith("relationships.csv:2: :START_ID: no node has id 'n9'", problems[2], StringComparison.Ordinal);
        Assert.EndsWith("relationships.csv:3: record: expected 3 fields as in the header, found 2", problems[3], StringComparison.Ordinal);
        Assert.EndsWith("relationships.csv:4: :END_ID: no node has id 'n8'", problems[4], StringComparison.Ordinal);
        Assert.EndsWith("relationships.csv:4: :TYPE: missing required value", problems[5], StringComparison.Ordinal);
    }

    [Fact]
    public void Reader_names_the_earlier_file_where_a_duplicate_node_id_was_first_defined()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "nodes"));
        Directory.CreateDirectory(Path.Combine(_dir, "relationships"));
        File.WriteAllText(Path.Combine(_dir, "nodes", "a.csv"), "id:ID\nn0\nn1\n");
        File.WriteAllText(Path.Combine(_dir, "nodes", "b.csv"), "id:ID\nn2\nn1\n");
        File.WriteAllText(Path.Combine(_dir, "relationships", "r.csv"), ":START_ID,:END_ID,:TYPE\nn0,n2,T\n");

        var name = Path.GetFileName(_dir);
        Assert.Equal([$"{name}/nodes/b.csv:3: id:ID: duplicate node id 'n1', first defined at {name}/nodes/a.csv:3"], Problems());
    }

    [Fact]
    public void Loader_keeps_file_order_across_ranges_parsed_in_parallel()
    {
        WriteLargeGraph(badRelationshipLine: null, duplicateNodeLine: null);

        var store = Load();

        Assert.Equal(ManyNodes, store.NodeCount);
        Assert.Equal(ManyNodes, store.RelationshipCount);
        var idKey = store.PropertyKeys.Find("id");
        for (var i = 0; i < ManyNodes; i += 9_973)
        {
            Assert.Equal(Id(i), store.NodeProperty(i, idKey));
            Assert.Equal(i, store.StartNode(i));
            Assert.Equal((i + 1) % ManyNodes, store.EndNode(i));
            Assert.Equal(i % 3 == 0 ? "KNOWS" : "LIKES", store.RelationshipTypes.Name(store.RelationshipType(i)));
        }

        // Types get their tokens in order of first appearance in the file, as in a reading from start to end.
        Assert.Equal(0, store.RelationshipTypes.Find("KNOWS"));
        Assert.Equal(1, store.RelationshipTypes.Find("LIKES"));
        Assert.Equal(
            [("Even", ManyNodes / 2), ("Odd", ManyNodes / 2)],
            store.LabelSetCounts().Select(s => (string.Join(';', s.Labels.ToArray().Select(store.Labels.Name)), s.Count)));
    }

    [Fact]
    public void Loader_gives_the_whole_file_line_number_of_a_bad_line_far_into_the_file()
    {
        WriteLargeGraph(badRelationshipLine: 390_001, duplicateNodeLine: null);

        Assert.EndsWith("relationships.csv:390001: :END_ID: no node has id 'nobody'", Assert.Single(Problems()), StringComparison.Ordinal);
    }

    [Fact]
    public void Loader_gives_the_whole_file_line_number_of_a_duplicate_id_far_into_the_file()
    {
        WriteLargeGraph(badRelationshipLine: null, duplicateNodeLine: 350_002);

        // The id the duplicate took the place of is then missing where relationships name it: every line is named.
        var problems = Problems();
        Assert.Equal(3, problems.Count);
        Assert.EndsWith($"nodes.csv:350002: id:ID: duplicate node id '{Id(0)}', first defined at {Path.GetFileName(_dir)}/nodes.csv:2", problems[0], StringComparison.Ordinal);
        Assert.EndsWith($"relationships.csv:350001: :END_ID: no node has id '{Id(350_000)}'", problems[1], StringComparison.Ordinal);
        Assert.EndsWith($"relationships.csv:350002: :START_ID: no node has id '{Id(350_000)}'", problems[2], StringComparison.Ordinal);
    }

    private void WriteLargeGraph(int? badRelationshipLine, int? duplicateNodeLine)
    {
        var nodes = new StringBuilder("id:ID,name,:LABEL,start\n");
        var rels = new StringBuilder(":START_ID,:END_ID,:TYPE,since\n");
        for (var i = 0; i < ManyNodes; i++)
        {
            var line = i + 2;
            var id = line == duplicateNodeLine ? Id(0) : Id(i);
            nodes.Append(CultureInfo.InvariantCulture, $"{id},Name number {i},{(i % 2 == 0 ? "Even" : "Odd")},{1900 + (i % 120)}\n");
            var end = line == badRelationshipLine ? "nobody" : Id((i + 1) % ManyNodes);
            rels.Append(CultureInfo.InvariantCulture, $"{Id(i)},{end},{(i % 3 == 0 ? "KNOWS" : "LIKES")},{1950 + (i % 70)}\n");
        }

        File.WriteAllText(Path.Combine(_dir, "nodes.csv"), nodes.ToString());
        File.WriteAllText(Path.Combine(_dir, "relationships.csv"), rels.ToString());
    }

    private GraphStore Load() => GraphStore.Load(GraphFileReader.Read(_dir, cancellationToken: TestContext.Current.CancellationToken));

    private List<string> Problems() =>
        [.. GraphFileReader.Read(_dir, cancellationToken: TestContext.Current.CancellationToken).Problems.Select(p => p.ToString())];

    private static string Id(int i) => "node-" + i.ToString("D8", CultureInfo.InvariantCulture);

    private static object? Property(GraphStore store, int node, string key) => store.NodeProperty(node, store.PropertyKeys.Find(key));
}
