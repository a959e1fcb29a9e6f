using Microsoft.AspNetCore.SignalR;

namespace Chile1973.Graph.Web.Hubs.Limits;

/// <summary>
/// Binds <see cref="HubLimitsOptions"/> and applies them to every hub: the filter, SignalR's message size, and the pause
/// of a dropped address.
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

    /// <summary>Turns away new hub connections from an address dropped a moment ago; before the hub is mapped.</summary>
    public static IApplicationBuilder UseHubLimits(this IApplicationBuilder app) => app.UseMiddleware<DroppedAddressGate>();
}
