using Chile1973.Graph.Cypher.Store;
using Chile1973.Graph.Cypher.Tests.Engine;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Store;

/// <summary>A property read keeps its key's token; what it keeps never outlives the name it stood for.</summary>
public sealed class PropertyKeyTokenTests
{
    [Fact]
    public void A_token_kept_for_a_name_a_rollback_forgot_is_not_read_as_the_name_given_its_number_next()
    {
        var keys = new TokenDictionary();
        keys.GetOrAdd("id");
        var colour = new PropertyKeyToken("colour");
        var kept = keys.GetOrAdd("colour");
        Assert.Equal(kept, colour.In(keys));

        keys.TruncateTo(kept);
        var reused = keys.GetOrAdd("size");

        Assert.Equal(kept, reused);
        Assert.Equal(-1, colour.In(keys));
        Assert.Equal(keys.GetOrAdd("colour"), colour.In(keys));
    }

    [Fact]
    public void A_name_not_found_is_found_once_it_is_given_a_token()
    {
        var keys = new TokenDictionary();
        var colour = new PropertyKeyToken("colour");
        Assert.Equal(-1, colour.In(keys));

        var token = keys.GetOrAdd("colour");

        Assert.Equal(token, colour.In(keys));
    }

    [Fact]
    public void A_name_not_found_while_a_failed_write_had_given_out_tokens_is_found_once_given_the_freed_number()
    {
        // Not found among as many tokens as there are again later: the count alone cannot tell the two apart.
        var keys = new TokenDictionary();
        keys.GetOrAdd("id");
        keys.GetOrAdd("written-then-rolled-back");
        var colour = new PropertyKeyToken("colour");
        Assert.Equal(-1, colour.In(keys));

        keys.TruncateTo(1);
        var token = keys.GetOrAdd("colour");

        Assert.Equal(2, keys.Count);
        Assert.Equal(token, colour.In(keys));
    }

    [Fact]
    public void A_token_kept_for_one_graph_is_not_used_in_another()
    {
        var first = new TokenDictionary();
        first.GetOrAdd("id");
        var second = new TokenDictionary();
        var colour = new PropertyKeyToken("colour");
        Assert.Equal(first.GetOrAdd("colour"), colour.In(first));

        Assert.Equal(-1, colour.In(second));
        Assert.Equal(second.GetOrAdd("colour"), colour.In(second));
    }

    [Fact]
    public async Task A_query_that_read_a_property_no_node_had_reads_it_once_a_write_sets_it()
    {
        var harness = new EngineHarness("CREATE (:N {id: 'a'})");
        Assert.Equal(["null"], await harness.RowsAsync("MATCH (n:N) RETURN n.colour AS c"));

        await harness.WriteAsync("MATCH (n:N) SET n.colour = 'red'");

        Assert.Equal(["'red'"], await harness.RowsAsync("MATCH (n:N) RETURN n.colour AS c"));
    }
}
