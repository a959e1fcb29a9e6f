using Chile1973.Graph.Web.Health;
using Chile1973.Graph.Web.Presentations;

namespace Chile1973.Graph.Web.Hubs;

/// <summary>What the server calls on a connected page.</summary>
public interface IGraphClient
{
    /// <summary>Sent on every (re)connection: the engine, the graph's size and the node to open first.</summary>
    Task Welcome(GraphInfo info);

    /// <summary>Sent on connecting and whenever the graph engine stops or starts answering.</summary>
    Task GraphStatus(GraphStatus status);

    /// <summary>Sent to every page that started or joined a presentation when its presenter moves to a step.</summary>
    Task ShowStep(PresentationStep step);
}
