using Chile1973.Graph.Cypher.Store;
using Chile1973.Graph.Cypher;

namespace Chile1973.Graph.Tck.Execution;

/// <summary>The embedded engine over a new, empty store: what the TCK measures by default.</summary>
public static class EmbeddedTckEngine
{
    /// <summary>A fresh embedded engine for one scenario.</summary>
    public static TckEngine Create()
    {
        var engine = new EmbeddedCypherEngine(new GraphStore());
        return new TckEngine(engine, engine.Procedures.Register);
    }
}
