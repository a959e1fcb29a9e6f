using Chile1973.Graph.Core.Values;
using Chile1973.Graph.Neo4j.Http;
using Chile1973.Graph.Neo4j.Tests.Support;
using Xunit;

namespace Chile1973.Graph.Neo4j.Tests.Wire;

public sealed class QueryApiResponseTests
{
    [Fact]
    public void Typed_response_gives_fields_rows_and_bookmarks()
    {
        var response = QueryApiResponse.Parse(TestFiles.Bytes("typed-response-node.json"));

        Assert.Equal(["person", "name"], response.Fields);
        var row = Assert.Single(response.Rows);
        var person = Assert.IsType<CypherNode>(row[0]);
        Assert.Equal("4:ff04df25-ff2b-4b55-98f8-6888297b025e:2", person.ElementId);
        Assert.Equal(["Person"], person.Labels);
        Assert.Equal("Phil", person.Properties["name"]);
        Assert.Equal("Phil", row[1]);
        Assert.Equal(["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"], response.Bookmarks);
        Assert.Empty(response.Errors);
    }

    [Fact]
    public void Transaction_open_response_gives_the_transaction_id()
    {
        var response = QueryApiResponse.Parse(TestFiles.Bytes("plain-tx-open-response.json"));

        Assert.Equal("lyU", response.TransactionId);
        Assert.Equal("Alice", Assert.IsType<CypherNode>(Assert.Single(response.Rows)[0]).Properties["name"]);
    }

    [Fact]
    public void Counters_are_read_and_a_flat_values_list_is_one_value_per_row()
    {
        var response = QueryApiResponse.Parse(TestFiles.Bytes("counters-response.json"));

        Assert.Equal(1, response.Counters.NodesCreated);
        Assert.Equal(1, response.Counters.PropertiesSet);
        Assert.Equal(1, response.Counters.LabelsAdded);
        Assert.True(response.Counters.ContainsUpdates);
        Assert.Equal("Peter", Assert.Single(Assert.Single(response.Rows)));
    }

    [Fact]
    public void Error_body_gives_code_and_message()
    {
        var response = QueryApiResponse.Parse(TestFiles.Bytes("error-tx-not-found.json"));

        var error = Assert.Single(response.Errors);
        Assert.Equal("Neo.ClientError.Request.Invalid", error.Code);
        Assert.StartsWith("Transaction with Id: \"lyU\" was not found.", error.Message, StringComparison.Ordinal);
    }
}
