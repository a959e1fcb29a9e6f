namespace Chile1973.Graph.Web.Presentations;

/// <summary>Settings of live presentations, from the <c>Presentations</c> configuration section.</summary>
public sealed class PresentationOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Presentations";

    /// <summary>How long a presentation lives after its last step; then its code and key stop working.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(4);

    /// <summary>How many wrong codes or presenter keys one client address may send per minute before it is refused.</summary>
    public int FailedAttemptsPerMinute { get; set; } = 10;
}
