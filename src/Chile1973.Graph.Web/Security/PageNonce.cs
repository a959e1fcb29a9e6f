using System.Security.Cryptography;

namespace Chile1973.Graph.Web.Security;

/// <summary>
/// Serves the page (index.html) with a fresh nonce on every response, on its
/// <c>&lt;meta property="csp-nonce"&gt;</c> and in that response's <c>style-src</c>: the one way a
/// library that inserts <c>&lt;style&gt;</c> elements (CodeMirror, through <c>EditorView.cspNonce</c>)
/// gets them past the policy without <c>'unsafe-inline'</c>. Browsers hide a nonce attribute from
/// markup, so only the page's own script reads it (<c>element.nonce</c>).
/// </summary>
public static class PageNonce
{
    private const string ItemKey = "Chile1973.Graph.Web.Security.PageNonce";
    private const string Marker = """<meta property="csp-nonce" nonce="">""";

    /// <summary>The nonce this response's page carries, or null for any other response.</summary>
    public static string? Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(ItemKey, out var nonce) ? nonce as string : null;
    }

    /// <summary>Answers <c>GET /</c> and <c>GET /index.html</c> with the page and its nonce; everything else passes on.</summary>
    public static IApplicationBuilder UsePageNonce(this IApplicationBuilder app)
    {
        var files = app.ApplicationServices.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider;
        return app.Use(async (context, next) =>
        {
            var page = files.GetFileInfo("index.html");
            if (!HttpMethods.IsGet(context.Request.Method) || context.Request.Path.Value is not ("/" or "/index.html") || !page.Exists)
            {
                await next(context);
                return;
            }

            string html;
            using (var reader = new StreamReader(page.CreateReadStream()))
            {
                html = await reader.ReadToEndAsync(context.RequestAborted);
            }

            // 128 bits from the system's cryptographic generator (CSP 3, section 7.1: at least 128 bits, unguessable).
            var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
            context.Items[ItemKey] = nonce;
            context.Response.ContentType = "text/html; charset=utf-8";
            // A cached page would come back with a new response's policy and an old nonce.
            context.Response.Headers.CacheControl = "no-store";
            await context.Response.WriteAsync(html.Replace(Marker, $"""<meta property="csp-nonce" nonce="{nonce}">""", StringComparison.Ordinal), context.RequestAborted);
        });
    }
}
