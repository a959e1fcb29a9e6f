namespace Chile1973.Graph.Web.Security;

/// <summary>
/// The page's Content-Security-Policy, directive by directive: the one place that says what the page
/// may load and run. Nothing inline runs and nothing is evaluated; everything comes from the app's
/// own origin. A new page part that needs more (a font, an image, a worker) adds its source here,
/// where the header tests and the browser tests read it.
/// </summary>
public static class ContentSecurityPolicy
{
    /// <summary>The directives for a request, in the order they are sent.</summary>
    /// <param name="webSocketOrigin">The app's own WebSocket origin (<c>ws://host:port</c> or <c>wss://...</c>), for SignalR.</param>
    /// <param name="frameAncestors">Origins allowed to embed the page; none gives <c>frame-ancestors 'none'</c>.</param>
    /// <param name="styleNonce">The page's nonce for the <c>&lt;style&gt;</c> elements of its libraries (<see cref="PageNonce"/>); null on other responses.</param>
    public static IReadOnlyList<KeyValuePair<string, string>> Directives(string webSocketOrigin, IReadOnlyCollection<string> frameAncestors, string? styleNonce = null)
    {
        List<KeyValuePair<string, string>> directives =
        [
            // Anything not named below is refused.
            new("default-src", "'none'"),
            // Only the app's own module files: no inline script, no eval, no other host.
            new("script-src", "'self'"),
            // Only the app's own stylesheets and, on the page, the <style> elements that carry this
            // response's nonce: CodeMirror's (EditorView.cspNonce). Cytoscape's one injected rule is
            // pre-empted by css/cytoscape.css (it skips injecting when an element with its stylesheet id
            // exists); style properties set from script (element.style, CSSOM) are not inline styles.
            new("style-src", styleNonce is null ? "'self'" : $"'self' 'nonce-{styleNonce}'"),
            new("img-src", "'self'"),
            new("font-src", "'self'"),
            new("manifest-src", "'self'"),
            // SignalR: negotiation and long polling over HTTP, the WebSocket named explicitly for
            // browsers that do not count ws: as 'self'.
            new("connect-src", $"'self' {webSocketOrigin}"),
            new("base-uri", "'self'"),
            new("form-action", "'self'"),
            new("frame-ancestors", frameAncestors.Count == 0 ? "'none'" : string.Join(' ', frameAncestors)),
            new("object-src", "'none'"),
        ];
        if (styleNonce is not null)
        {
            // The page only: when text is typed or pasted into the console's editable area, the
            // browser's own editing code writes style attributes before the editor redraws the line.
            // A style attribute cannot load or run anything.
            directives.Insert(3, new("style-src-attr", "'unsafe-inline'"));
        }

        return directives;
    }

    /// <summary>The header value for the response to <paramref name="context"/>.</summary>
    public static string For(HttpContext context, IReadOnlyCollection<string> frameAncestors)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var webSocketOrigin = $"{(request.IsHttps ? "wss" : "ws")}://{request.Host.ToUriComponent()}";
        return string.Join("; ", Directives(webSocketOrigin, frameAncestors, PageNonce.Of(context)).Select(d => $"{d.Key} {d.Value}"));
    }
}
