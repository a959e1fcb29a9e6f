using System.Runtime.CompilerServices;

namespace Chile1973.Graph.Cypher.Syntax;

/// <summary>
/// Bounds the recursion of the parser, so a deeply nested query is a syntax error rather than a crashed process
/// (as in acornima's <c>StackGuard</c>).
/// </summary>
internal sealed class StackGuard(int maxDepth)
{
    private int depth;

    /// <summary>Enters one level; dispose the result to leave it.</summary>
    public Level Enter(SourcePosition position)
    {
        if (++depth > maxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            depth--;
            SyntaxErrors.ThrowTooDeep(position);
        }

        return new Level(this);
    }

    /// <summary>
    /// Counts one more link of a chain the parser reads in a loop (<c>a + b + c</c>, <c>a.b.c</c>, <c>a &lt; b &lt; c</c>):
    /// each link nests the tree one level deeper for the analyser, planner and evaluator, which walk it recursively.
    /// Give the links back with <see cref="Leave"/>.
    /// </summary>
    public void Deepen(SourcePosition position)
    {
        if (++depth > maxDepth)
        {
            depth--;
            SyntaxErrors.ThrowTooDeep(position);
        }
    }

    /// <summary>Gives back the chain links counted by <see cref="Deepen"/>.</summary>
    public void Leave(int links) => depth -= links;

    /// <summary>One level of nesting, left when disposed.</summary>
    public readonly struct Level(StackGuard guard) : IDisposable
    {
        /// <inheritdoc />
        public void Dispose() => guard.depth--;
    }
}
