using Chile1973.Graph.Core.Querying;

namespace Chile1973.Graph.Neo4j.Testing;

/// <summary>A request the stand-in received, as it read it.</summary>
/// <param name="Number">Its place in arrival order, from 1.</param>
/// <param name="Statement">The Cypher text; empty when the body was not read (a fault, an explicit transaction).</param>
/// <param name="Parameters">The parameters, decoded to port values.</param>
/// <param name="Mode">The access mode asked for (<c>Write</c>, the server default, unless <c>accessMode: "Read"</c>).</param>
/// <param name="IncludeCounters">Whether the client asked for counters.</param>
/// <param name="Timeout">The <c>maxExecutionTime</c> sent, if any.</param>
/// <param name="Fault">The fault the stand-in answered it with, if any.</param>
public sealed record StandInRequest(
    int Number,
    string Statement,
    IReadOnlyDictionary<string, object?> Parameters,
    AccessMode Mode,
    bool IncludeCounters,
    TimeSpan? Timeout = null,
    StandInFault? Fault = null)
{
    internal static StandInRequest Unread(int number, StandInFault? fault) =>
        new(number, string.Empty, new Dictionary<string, object?>(), AccessMode.Write, false, null, fault);
}
