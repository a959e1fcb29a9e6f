namespace Chile1973.Graph.LoadTest;

/// <summary>What one load run does: how many simulated users, how fast, for how long, against which explorer.</summary>
/// <param name="Url">The explorer's base address; the hub is at <c>hubs/graph</c> below it.</param>
/// <param name="Clients">Connections that search and expand.</param>
/// <param name="Rate">Expansions per second each active client starts.</param>
/// <param name="Duration">How long the clients keep starting expansions.</param>
/// <param name="Idle">Further connections that only stay connected.</param>
/// <param name="Limit">The element limit of each expansion.</param>
/// <param name="StreamTimeout">How long an expansion may take before it counts as lost.</param>
/// <param name="Seed">Seeds the random choices, so two runs pick the same kinds of moves.</param>
/// <param name="WarmUp">How long the active clients run at the asked pace before the clock starts, neither timed nor
/// counted (errors and lost streams are counted all the same).</param>
/// <param name="CompileLimit">How long at most the active clients expand the start node, untimed, before the clock
/// starts, until this process has compiled its own code (none when zero; <see cref="LoadRun.CompileOwnCodeAsync"/>).</param>
/// <param name="Flooders">Further connections that flood the hub while the clock runs (<see cref="FloodClient"/>); the
/// readers' figures show whether the server's limits hold them off.</param>
public sealed record LoadSettings(
    Uri Url,
    int Clients,
    double Rate,
    TimeSpan Duration,
    int Idle = 0,
    int Limit = 200,
    TimeSpan? StreamTimeout = null,
    int Seed = 17,
    TimeSpan WarmUp = default,
    TimeSpan CompileLimit = default,
    int Flooders = 0)
{
    /// <summary>The hub's address.</summary>
    public Uri HubUrl => new(Url.AbsoluteUri.EndsWith('/') ? Url : new Uri(Url.AbsoluteUri + "/"), "hubs/graph");

    /// <summary>The time after which an expansion is given up as lost.</summary>
    public TimeSpan EffectiveStreamTimeout => StreamTimeout ?? TimeSpan.FromSeconds(10);
}
