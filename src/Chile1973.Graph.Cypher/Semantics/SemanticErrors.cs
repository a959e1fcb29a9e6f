using System.Diagnostics.CodeAnalysis;

namespace Chile1973.Graph.Cypher.Semantics;

/// <summary>Raises the compile-time errors of semantic analysis with the TCK's detail codes.</summary>
internal static class SemanticErrors
{
    public const string UndefinedVariable = nameof(UndefinedVariable);
    public const string VariableAlreadyBound = nameof(VariableAlreadyBound);
    public const string VariableTypeConflict = nameof(VariableTypeConflict);
    public const string InvalidAggregation = nameof(InvalidAggregation);
    public const string NestedAggregation = nameof(NestedAggregation);
    public const string AmbiguousAggregationExpression = nameof(AmbiguousAggregationExpression);
    public const string NoExpressionAlias = nameof(NoExpressionAlias);
    public const string ColumnNameConflict = nameof(ColumnNameConflict);
    public const string DifferentColumnsInUnion = nameof(DifferentColumnsInUnion);
    public const string InvalidClauseComposition = nameof(InvalidClauseComposition);
    public const string NonConstantExpression = nameof(NonConstantExpression);
    public const string NegativeIntegerArgument = nameof(NegativeIntegerArgument);
    public const string InvalidArgumentType = nameof(InvalidArgumentType);
    public const string RequiresDirectedRelationship = nameof(RequiresDirectedRelationship);
    public const string NoSingleRelationshipType = nameof(NoSingleRelationshipType);
    public const string CreatingVarLength = nameof(CreatingVarLength);
    public const string InvalidDelete = nameof(InvalidDelete);
    public const string InvalidParameterUse = nameof(InvalidParameterUse);
    public const string UnknownFunction = nameof(UnknownFunction);
    public const string RelationshipUniquenessViolation = nameof(RelationshipUniquenessViolation);
    public const string InvalidNumberOfArguments = nameof(InvalidNumberOfArguments);

    [DoesNotReturn]
    public static void Throw(string detail, string message, AstNode at) =>
        throw new CypherException(CypherErrorKind.SyntaxError, detail, message, CypherErrorPhase.CompileTime, at.Span.Position);

    [DoesNotReturn]
    public static void ThrowTypeError(string message, AstNode at) =>
        throw new CypherException(CypherErrorKind.TypeError, InvalidArgumentType, message, CypherErrorPhase.CompileTime, at.Span.Position);
}
