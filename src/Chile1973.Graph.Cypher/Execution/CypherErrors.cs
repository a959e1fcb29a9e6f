using System.Diagnostics.CodeAnalysis;

namespace Chile1973.Graph.Cypher.Execution;

/// <summary>Throws the engine's errors with the TCK's kinds and detail codes, off the hot paths.</summary>
internal static class CypherErrors
{
    [DoesNotReturn]
    public static void TypeError(string detail, string message) =>
        throw new CypherException(CypherErrorKind.TypeError, detail, message, CypherErrorPhase.Runtime);

    [DoesNotReturn]
    public static T TypeError<T>(string detail, string message) =>
        throw new CypherException(CypherErrorKind.TypeError, detail, message, CypherErrorPhase.Runtime);

    [DoesNotReturn]
    public static void ArgumentError(string detail, string message) =>
        throw new CypherException(CypherErrorKind.ArgumentError, detail, message, CypherErrorPhase.Runtime);

    [DoesNotReturn]
    public static T ArgumentError<T>(string detail, string message) =>
        throw new CypherException(CypherErrorKind.ArgumentError, detail, message, CypherErrorPhase.Runtime);

    [DoesNotReturn]
    public static T InvalidArgumentType<T>(string function, object? value) =>
        throw new CypherException(CypherErrorKind.TypeError, "InvalidArgumentType",
            $"{function} cannot take {Core.Values.CypherValues.TypeName(value)}.", CypherErrorPhase.Runtime);

    /// <summary>The key under which an error names the argument (0-based) of the function call it is about.</summary>
    public const string ArgumentKey = "Chile1973.Graph.Cypher.Argument";

    /// <summary>An error about one argument of a function call: the call marks it with that argument's position.</summary>
    [DoesNotReturn]
    public static T InArgument<T>(int argument, CypherErrorKind kind, string detail, string message)
    {
        var error = new CypherException(kind, detail, message, CypherErrorPhase.Runtime);
        error.Data[ArgumentKey] = argument;
        throw error;
    }

    [DoesNotReturn]
    public static T Overflow<T>(string what) =>
        throw new CypherException(CypherErrorKind.ArgumentError, "NumberOutOfRange", $"{what}: integer overflow.", CypherErrorPhase.Runtime);

    [DoesNotReturn]
    public static void DeletedEntity(string what) =>
        throw new CypherException(CypherErrorKind.EntityNotFound, "DeletedEntityAccess", $"The {what} was deleted in this query.", CypherErrorPhase.Runtime);

    [DoesNotReturn]
    public static T Semantic<T>(string detail, string message, Syntax.Ast.SourceSpan span) =>
        throw new CypherException(CypherErrorKind.SemanticError, detail, message, CypherErrorPhase.CompileTime, span.Position);

    [DoesNotReturn]
    public static T Syntax<T>(string detail, string message, Syntax.Ast.SourceSpan span) =>
        throw new CypherException(CypherErrorKind.SyntaxError, detail, message, CypherErrorPhase.CompileTime, span.Position);

    [DoesNotReturn]
    public static T Procedure<T>(string detail, string message, Syntax.Ast.SourceSpan span) =>
        throw new CypherException(CypherErrorKind.ProcedureError, detail, message, CypherErrorPhase.CompileTime, span.Position);

    [DoesNotReturn]
    public static T SyntaxAtRuntime<T>(string detail, string message) =>
        throw new CypherException(CypherErrorKind.SyntaxError, detail, message, CypherErrorPhase.Runtime);

    /// <summary>
    /// Stops a recursion over runtime data (a path, a nested value) before the thread's stack runs out: a .NET stack
    /// overflow ends the process, this ends only the query.
    /// </summary>
    public static void EnsureStack(string what)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new CypherException(CypherErrorKind.LimitExceeded, "NestingTooDeep",
                $"{what} is nested too deeply for this engine to follow.", CypherErrorPhase.Runtime);
        }
    }

    /// <summary>The same error, marked with the place in the query it comes from.</summary>
    public static CypherException At(CypherException error, SourcePosition position) =>
        new(error.Kind, error.Detail, error.Message, error.Phase, position, error) { StatusCode = error.StatusCode };
}
