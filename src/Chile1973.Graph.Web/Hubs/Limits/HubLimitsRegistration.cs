using Microsoft.AspNetCore.SignalR;

namespace Chile1973.Graph.Web.Hubs.Limits;

/// <summary>Binds <see cref="HubLimitsOptions"/> and applies them to every hub: the filter and SignalR's message size.</summary>
internal static class HubLimitsRegistration
{
    public static IServiceCollection AddHubLimits(this IServiceCollection services)
    {
        services.AddOptions<HubLimitsOptions>().BindConfiguration(HubLimitsOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<HubLimitsOptions>, HubLimitsOptionsValidator>();
        services.AddSingleton<HubCallLimitFilter>();
        services.AddOptions<HubOptions>().Configure<IOptions<HubLimitsOptions>>((hub, limits) =>
        {
            hub.MaximumReceiveMessageSize = limits.Value.MaxMessageBytes;
            hub.AddFilter<HubCallLimitFilter>();
        });
        return services;
    }
}
