using Chile1973.Graph.Tck.Execution;
using Xunit;

namespace Chile1973.Graph.Tck.Tests.Execution;

public sealed class ProcedureSignatureTests
{
    [Fact]
    public void Parse_reads_inputs_and_outputs()
    {
        var signature = ProcedureSignature.Parse("test.my.proc(name :: STRING?, in :: INTEGER?) :: (out :: INTEGER?)");

        Assert.Equal("test.my.proc", signature.Name);
        Assert.Equal(["name", "in"], signature.Inputs);
        Assert.Equal(["out"], signature.Outputs);
    }

    [Fact]
    public void Parse_reads_a_procedure_with_no_columns()
    {
        var signature = ProcedureSignature.Parse("test.doNothing() :: ()");

        Assert.Empty(signature.Inputs);
        Assert.Empty(signature.Outputs);
    }

    [Fact]
    public void Arrange_puts_a_row_in_signature_order()
    {
        var signature = ProcedureSignature.Parse("test.p(a :: INTEGER?, b :: INTEGER?) :: (out :: STRING?)");

        var row = signature.Arrange(["out", "b", "a"], ["x", 2L, 1L]);

        Assert.Equal([1L, 2L, "x"], row);
    }
}
