using Chile1973.Graph.Tck.Execution;
using Xunit;

namespace Chile1973.Graph.Tck.Tests.Execution;

public sealed class SideEffectsTests
{
    [Fact]
    public void FromTable_reads_counters_and_leaves_missing_ones_at_zero()
    {
        var effects = SideEffects.FromTable([["+nodes", "2"], ["-properties", "1"], ["+labels", "1"]]);

        Assert.Equal(new SideEffects(AddedNodes: 2, AddedLabels: 1, DeletedProperties: 1), effects);
        Assert.Equal("+nodes 2, +labels 1, -properties 1", effects.ToString());
    }

    [Fact]
    public void FromTable_rejects_an_unknown_counter()
    {
        var error = Assert.Throws<FormatException>(() => SideEffects.FromTable([["+indexes", "1"]]));

        Assert.Contains("+indexes", error.Message, StringComparison.Ordinal);
    }
}
