using System.Runtime.CompilerServices;
using Chile1973.Graph.Core.Querying;

namespace Chile1973.Graph.Cypher.Syntax;

/// <summary>
/// Bounds the recursion of the parser, so a deeply nested query is a syntax error rather than a crashed process
/// (as in acornima's <c>StackGuard</c>).
/// </summary>
internal sealed class StackGuard(int maxDepth)
{
    private int depth;

    /// <summary>Enters one level; dispose the result to leave it.</summary>
    public Scope Enter(SourcePosition position)
    {
        if (++depth > maxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            depth--;
            SyntaxErrors.Throw(SyntaxErrors.UnexpectedSyntax, "The query is nested too deeply", position);
        }

        return new Scope(this);
    }

    /// <summary>One level of nesting; leaving it is idempotent per scope instance.</summary>
    public readonly struct Scope(StackGuard guard) : IDisposable
    {
        /// <inheritdoc />
        public void Dispose() => guard.depth--;
    }
}
