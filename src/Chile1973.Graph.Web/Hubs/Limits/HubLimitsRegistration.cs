using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace Chile1973.Graph.Web.Hubs.Limits;

/// <summary>
/// Binds <see cref="HubLimitsOptions"/> and applies them to every hub: the filter, SignalR's message size, the JSON
/// protocol that says which message it refused and why, and the pause of a dropped address.
/// </summary>
internal static class HubLimitsRegistration
{
    public static IServiceCollection AddHubLimits(this IServiceCollection services)
    {
        services.AddOptions<HubLimitsOptions>().BindConfiguration(HubLimitsOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<HubLimitsOptions>, HubLimitsOptionsValidator>();
        services.AddSingleton<HubCallLimitFilter>();
        services.AddSingleton<DroppedAddresses>();
        services.AddOptions<HubOptions>().Configure<IOptions<HubLimitsOptions>>((hub, limits) =>
        {
            hub.MaximumReceiveMessageSize = limits.Value.MaxMessageBytes;
            hub.AddFilter<HubCallLimitFilter>();
        });
        return services;
    }

    /// <summary>
    /// Reads clients' messages with <see cref="CheckedJsonHubProtocol"/> instead of SignalR's own JSON protocol; after
    /// <c>AddJsonProtocol</c>, as SignalR's protocol resolver keeps the last protocol registered under a name.
    /// </summary>
    public static ISignalRServerBuilder AddCheckedJsonProtocol(this ISignalRServerBuilder signalR)
    {
        foreach (var json in signalR.Services.Where(d => d.ServiceType == typeof(IHubProtocol) && d.ImplementationType == typeof(JsonHubProtocol)).ToList())
        {
            signalR.Services.Remove(json);
        }

        signalR.Services.AddSingleton<IHubProtocol, CheckedJsonHubProtocol>();
        return signalR;
    }

    /// <summary>Turns away new hub connections from an address dropped a moment ago; before the hub is mapped.</summary>
    public static IApplicationBuilder UseHubLimits(this IApplicationBuilder app) => app.UseMiddleware<DroppedAddressGate>();
}
