namespace Chile1973.Graph.Web.Hubs.Limits;

/// <summary>
/// What one connection may ask of the hub, whatever its client sends (<c>HubLimits</c> section).
/// The defaults leave a reader several times the pace of a person typing and expanding.
/// </summary>
public sealed class HubLimitsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "HubLimits";

    /// <summary>Hub calls a connection may start per second, on average.</summary>
    public double CallsPerSecond { get; set; } = 20;

    /// <summary>Hub calls a connection may start at once after a quiet spell.</summary>
    public int CallBurst { get; set; } = 40;

    /// <summary>Streams one connection may have open at once.</summary>
    public int MaxConcurrentStreams { get; set; } = 4;

    /// <summary>Refused calls within ten seconds after which the connection is dropped.</summary>
    public int RefusalsBeforeDrop { get; set; } = 100;

    /// <summary>
    /// How long an address whose connection was dropped may not open another; zero lets it connect again at once.
    /// Clients behind one address (a classroom's router, a proxy that does not forward the client's) share the pause.
    /// </summary>
    public TimeSpan DroppedAddressPause { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The largest message the server reads from a client, in bytes; a larger one closes the connection.</summary>
    public long MaxMessageBytes { get; set; } = 32 * 1024;

    /// <summary>The longest text one argument may carry.</summary>
    public int MaxArgumentLength { get; set; } = 8 * 1024;
}
