using System.Text.RegularExpressions;

namespace Chile1973.Graph.Tck.Cases;

/// <summary>The TCK's step texts (matched after the keyword, on trimmed text), as in its former step definitions.</summary>
public static partial class StepPatterns
{
    /// <summary><c>the binary-tree-1 graph</c>.</summary>
    [GeneratedRegex(@"^the (.*) graph$")]
    public static partial Regex NamedGraph();

    /// <summary><c>there exists a procedure test.my.proc(in :: INTEGER?) :: (out :: STRING?):</c>.</summary>
    [GeneratedRegex(@"^there exists a procedure (.+?)\s*:$")]
    public static partial Regex Procedure();

    /// <summary><c>a TypeError should be raised at runtime: InvalidArgumentType</c>.</summary>
    [GeneratedRegex(@"^an? (.+) should be raised at (.+): (.+)$")]
    public static partial Regex ExpectedError();
}
