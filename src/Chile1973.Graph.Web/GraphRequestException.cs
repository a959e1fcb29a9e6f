using Microsoft.AspNetCore.SignalR;

namespace Chile1973.Graph.Web;

/// <summary>A request the explorer cannot answer as asked (unknown node, out-of-range argument); its message reaches the client.</summary>
public sealed class GraphRequestException(string message) : HubException(message);
