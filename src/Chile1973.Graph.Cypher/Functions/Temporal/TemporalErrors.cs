using System.Diagnostics.CodeAnalysis;

namespace Chile1973.Graph.Cypher.Functions.Temporal;

/// <summary>Raises the runtime errors of temporal functions with the TCK's kinds and detail codes.</summary>
internal static class TemporalErrors
{
    [DoesNotReturn]
    public static void InvalidArgumentType(string message) =>
        throw new CypherException(CypherErrorKind.TypeError, "InvalidArgumentType", message, CypherErrorPhase.Runtime);

    [DoesNotReturn]
    public static void InvalidArgumentValue(string message, Exception? inner = null) =>
        throw new CypherException(CypherErrorKind.ArgumentError, "InvalidArgumentValue", message, CypherErrorPhase.Runtime, null, inner);

    public static CypherException OutOfRange(string message, Exception? inner = null) =>
        new(CypherErrorKind.ArgumentError, "NumberOutOfRange", message, CypherErrorPhase.Runtime, null, inner);

    /// <summary>Runs a computation, turning the value types' range and format failures into Cypher errors.</summary>
    public static T Guard<T>(Func<T> compute, string what)
    {
        try
        {
            return compute();
        }
        catch (FormatException e)
        {
            InvalidArgumentValue(e.Message, e);
            return default;
        }
        catch (ArgumentException e)
        {
            InvalidArgumentValue($"Invalid {what}: {e.Message}", e);
            return default;
        }
        catch (OverflowException e)
        {
            throw OutOfRange($"The {what} is out of range: {e.Message}", e);
        }
    }
}
