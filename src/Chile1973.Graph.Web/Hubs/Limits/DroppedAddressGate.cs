using System.Globalization;

namespace Chile1973.Graph.Web.Hubs.Limits;

/// <summary>
/// Turns away a new hub connection from an address whose connection was dropped a moment ago (<see cref="DroppedAddresses"/>),
/// with 429 and the seconds to wait; connections already open, and every other path, are not touched.
/// </summary>
internal sealed class DroppedAddressGate(RequestDelegate next, DroppedAddresses dropped, ILogger<DroppedAddressGate> logger)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(GraphHub.Path))
        {
            return next(context);
        }

        var remaining = dropped.Remaining(context.Connection.RemoteIpAddress);
        if (remaining <= TimeSpan.Zero)
        {
            return next(context);
        }

        var seconds = (int)Math.Ceiling(remaining.TotalSeconds);
        HubLimitsLog.ConnectionTurnedAway(logger, context.Connection.RemoteIpAddress?.ToString() ?? "", seconds);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return context.Response.WriteAsync(
            $"A connection from this address was just dropped for calling the hub faster than it allows; connect again in {seconds} s.",
            context.RequestAborted);
    }
}
