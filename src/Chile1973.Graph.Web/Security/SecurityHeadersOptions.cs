namespace Chile1973.Graph.Web.Security;

/// <summary>The settings of the security headers, from the <c>SecurityHeaders</c> configuration section.</summary>
public sealed class SecurityHeadersOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "SecurityHeaders";

    /// <summary>
    /// Origins allowed to embed the explorer in a frame (<c>https://school.example</c>); empty, the
    /// default, forbids embedding altogether.
    /// </summary>
    public IList<string> FrameAncestors { get; } = [];

    /// <summary>How long a browser keeps to HTTPS once it has seen the explorer over HTTPS.</summary>
    public TimeSpan HstsMaxAge { get; set; } = TimeSpan.FromDays(365);
}
