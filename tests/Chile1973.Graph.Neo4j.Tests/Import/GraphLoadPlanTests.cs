using Chile1973.Graph.Core.Model;
using Chile1973.Graph.Importer.Neo4jLoad;
using Chile1973.Graph.Neo4j.Tests.Support;
using Xunit;

namespace Chile1973.Graph.Neo4j.Tests.Import;

public sealed class GraphLoadPlanTests
{
    [Fact]
    public void Plan_creates_a_unique_id_constraint_per_label_and_the_folding_name_index_before_any_data()
    {
        var plan = GraphLoadPlan.Create(SampleGraph.Create());

        var schema = plan.Steps.TakeWhile(s => s.IsSchema).Select(s => s.Cypher).ToList();

        Assert.Equal(Enum.GetValues<NodeKind>().Length + 2, schema.Count);
        Assert.Contains("CREATE CONSTRAINT military_unit_id IF NOT EXISTS FOR (n:MilitaryUnit) REQUIRE n.id IS UNIQUE", schema);
        Assert.Contains(schema, s => s.StartsWith("CREATE FULLTEXT INDEX node_names IF NOT EXISTS FOR (n:Person|Party|", StringComparison.Ordinal)
            && s.Contains("ON EACH [n.name, n.aliases]", StringComparison.Ordinal)
            && s.Contains("'standard-folding'", StringComparison.Ordinal));
        Assert.All(plan.Steps.SkipWhile(s => s.IsSchema), s => Assert.False(s.IsSchema));
    }

    [Fact]
    public void Every_node_and_relationship_is_written_once_with_the_shared_property_mapping()
    {
        var graph = SampleGraph.Create();
        var plan = GraphLoadPlan.Create(graph, batchSize: 2);

        var rows = plan.Steps.SelectMany(s => s.Batches).SelectMany(b => b).ToList();

        Assert.All(plan.Steps.SelectMany(s => s.Batches), b => Assert.InRange(b.Count, 1, 2));
        Assert.Equal(graph.Nodes.Count + graph.Relationships.Count, rows.Count);
        Assert.Equal(rows.Count, rows.Select(r => r["id"]).Distinct().Count());
        foreach (var node in graph.Nodes)
        {
            var row = Assert.Single(rows, r => Equals(r["id"], node.Id));
            Assert.Equal(GraphProperties.Of(node), row["properties"]);
        }
    }

    [Fact]
    public void Statements_merge_by_id_with_literal_labels_and_replace_all_properties()
    {
        var plan = GraphLoadPlan.Create(SampleGraph.Create());

        var person = Assert.Single(plan.Steps, s => s.Description == "Person nodes");
        var appointed = Assert.Single(plan.Steps, s => s.Description == "Person-APPOINTED->Person relationships");

        Assert.Equal("UNWIND $rows AS row MERGE (n:Person {id: row.id}) SET n = row.properties", person.Cypher);
        Assert.Equal("UNWIND $rows AS row MATCH (a:Person {id: row.start}) MATCH (b:Person {id: row.end}) "
            + "MERGE (a)-[r:APPOINTED {id: row.id}]->(b) SET r = row.properties", appointed.Cypher);
        Assert.Equal(2, plan.Steps.Count(s => s.Description.Contains("-MEMBER_OF->", StringComparison.Ordinal)));
    }

    [Fact]
    public void Described_plan_counts_statements_batches_and_rows()
    {
        var plan = GraphLoadPlan.Create(SampleGraph.Create(), batchSize: 1);

        var text = plan.Describe();

        Assert.StartsWith($"Load plan: {plan.StatementCount} statements, 9 rows in batches of at most 1.", text, StringComparison.Ordinal);
        Assert.Contains("Person nodes (3 batches, 3 rows)", text, StringComparison.Ordinal);
        Assert.Contains("constraint person_id (once)", text, StringComparison.Ordinal);
        // A constraint per kind, the name index and the wait for it, then one statement per row.
        Assert.Equal(Enum.GetValues<NodeKind>().Length + 2 + 9, plan.StatementCount);
    }
}
