using System.Diagnostics.CodeAnalysis;

namespace Chile1973.Graph.Cypher.Syntax;

/// <summary>Raises compile-time syntax errors with the TCK's detail codes and the offending position.</summary>
internal static class SyntaxErrors
{
    public const string UnexpectedSyntax = nameof(UnexpectedSyntax);
    public const string InvalidUnicodeLiteral = nameof(InvalidUnicodeLiteral);
    public const string InvalidUnicodeCharacter = nameof(InvalidUnicodeCharacter);
    public const string InvalidNumberLiteral = nameof(InvalidNumberLiteral);
    public const string IntegerOverflow = nameof(IntegerOverflow);
    public const string FloatingPointOverflow = nameof(FloatingPointOverflow);
    public const string InvalidRelationshipPattern = nameof(InvalidRelationshipPattern);
    public const string InvalidClauseComposition = nameof(InvalidClauseComposition);
    public const string NestingTooDeep = nameof(NestingTooDeep);
    public const string InvalidLabelExpression = nameof(InvalidLabelExpression);
    public const string InvalidPatternPredicate = nameof(InvalidPatternPredicate);

    public static CypherException Create(string detail, string message, SourcePosition position) =>
        new(CypherErrorKind.SyntaxError, detail, message, CypherErrorPhase.CompileTime, position);

    [DoesNotReturn]
    public static void Throw(string detail, string message, SourcePosition position) =>
        throw Create(detail, message, position);

    /// <summary>
    /// The query nests deeper than the engine will follow. Parsing, analysis, planning and evaluation all recurse
    /// over the tree, and a .NET stack overflow ends the process without a chance to catch it.
    /// </summary>
    [DoesNotReturn]
    public static void ThrowTooDeep(SourcePosition position) =>
        throw Create(NestingTooDeep, "The query is nested too deeply; split it or simplify the expression", position);

    /// <summary>Stops a recursive walk over the tree before the thread's stack runs out.</summary>
    public static void EnsureStack(Ast.AstNode at)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            ThrowTooDeep(at.Span.Position);
        }
    }
}
