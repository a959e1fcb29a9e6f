using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Tck.Execution;
using Xunit;

namespace Chile1973.Graph.Tck.Tests.Execution;

public sealed class ExpectedErrorTests
{
    private static CypherException Error(CypherErrorKind kind, CypherErrorPhase phase, string detail) =>
        new(kind, detail, "failed", phase);

    [Fact]
    public void Matches_requires_type_phase_and_detail()
    {
        var error = Error(CypherErrorKind.TypeError, CypherErrorPhase.Runtime, "InvalidArgumentType");

        Assert.True(ExpectedError.Matches("TypeError", "runtime", "InvalidArgumentType", error, beforeAnyRow: false));
        Assert.False(ExpectedError.Matches("ArgumentError", "runtime", "InvalidArgumentType", error, beforeAnyRow: false));
        Assert.False(ExpectedError.Matches("TypeError", "compile time", "InvalidArgumentType", error, beforeAnyRow: false));
        Assert.False(ExpectedError.Matches("TypeError", "runtime", "InvalidArgumentValue", error, beforeAnyRow: false));
    }

    [Fact]
    public void Matches_accepts_the_wildcards()
    {
        var error = Error(CypherErrorKind.SyntaxError, CypherErrorPhase.CompileTime, "UnexpectedSyntax");

        Assert.True(ExpectedError.Matches("Error", "any time", "*", error, beforeAnyRow: true));
    }

    [Fact]
    public void Matches_counts_an_error_before_any_row_as_compile_time()
    {
        var error = Error(CypherErrorKind.SemanticError, CypherErrorPhase.Runtime, "InvalidArgumentType");

        Assert.True(ExpectedError.Matches("SemanticError", "compile time", "InvalidArgumentType", error, beforeAnyRow: true));
        Assert.False(ExpectedError.Matches("SemanticError", "compile time", "InvalidArgumentType", error, beforeAnyRow: false));
    }
}
