using System.Globalization;

namespace Chile1973.Graph.Web.Security;

/// <summary>
/// Adds the security headers to every response: the page, static files, the API, health, the hub's
/// negotiation and error pages alike. Own middleware rather than a package because the policy needs
/// the request's own WebSocket origin and a configured frame-ancestors list, and it is a few headers.
/// </summary>
public static class SecurityHeaders
{
    // Features the page does not use are denied to it and to anything it might embed; full screen
    // stays for presenting to a room. Only names Chromium knows: an unknown one is a console error.
    private const string PermissionsPolicy =
        "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), "
        + "microphone=(), midi=(), payment=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), "
        + "xr-spatial-tracking=(), fullscreen=(self)";

    /// <summary>Registers the options (validated at start).</summary>
    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services)
    {
        services.AddOptions<SecurityHeadersOptions>().BindConfiguration(SecurityHeadersOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SecurityHeadersOptions>, SecurityHeadersOptionsValidator>();
        // The Server header names the web server to anyone who asks.
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(k => k.AddServerHeader = false);
        return services;
    }

    /// <summary>Adds the headers as each response starts, so error handlers that clear headers cannot drop them.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<SecurityHeadersOptions>>().Value;
        var frameAncestors = options.FrameAncestors.Select(o => o.TrimEnd('/')).ToArray();
        var hsts = string.Create(CultureInfo.InvariantCulture, $"max-age={(long)options.HstsMaxAge.TotalSeconds}; includeSubDomains");
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy.For(context, frameAncestors);
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Permissions-Policy"] = PermissionsPolicy;
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers["Cross-Origin-Resource-Policy"] = "same-origin";
                if (frameAncestors.Length == 0)
                {
                    // For browsers that predate frame-ancestors.
                    headers.XFrameOptions = "DENY";
                }

                // RFC 6797 7.2: only over a secure transport; over plain HTTP a browser ignores it.
                if (context.Request.IsHttps)
                {
                    headers.StrictTransportSecurity = hsts;
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
    }
}
