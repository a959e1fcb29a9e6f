using Chile1973.Graph.Stories;

namespace Chile1973.Graph.Web.Presentations;

/// <summary>The step a presentation shows: sent to every follower and returned to one who joins.</summary>
public sealed record PresentationStep(string StoryId, int Index, StoryStep Step);

/// <summary>What starting a presentation returns: the code followers join with, and the key only the presenter holds.</summary>
public sealed record PresentationTicket(string Code, string PresenterKey);

/// <summary>A presentation as stored: its story, current step, and the SHA-256 of the presenter key (the key itself is never kept).</summary>
public sealed record PresentationState(string StoryId, int Index, byte[] KeyHash);
