using Chile1973.Graph.Web.Stories;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace Chile1973.Graph.Web.Presentations;

/// <summary>
/// Registers stories and presentations. With <c>ConnectionStrings:Redis</c> set, SignalR messages go through the
/// Redis backplane and presentations are kept in Redis, so any number of servers can share one audience.
/// </summary>
internal static class PresentationRegistration
{
    /// <summary>The connection string that turns on scaling out.</summary>
    public const string RedisConnectionName = "Redis";

    public static void AddPresentations(this IServiceCollection services, ISignalRServerBuilder signalR, IConfiguration configuration)
    {
        services.AddOptions<PresentationOptions>().BindConfiguration(PresentationOptions.Section)
            .Validate(o => o.Lifetime > TimeSpan.Zero && o.FailedAttemptsPerMinute > 0, "Presentations:Lifetime and FailedAttemptsPerMinute must be positive.")
            .ValidateOnStart();
        services.AddSingleton<StoryCatalog>();
        services.AddSingleton<PresentationAttempts>();
        services.AddSingleton<PresentationService>();
        services.TryAddSingleton(TimeProvider.System);

        var redis = configuration.GetConnectionString(RedisConnectionName);
        if (string.IsNullOrWhiteSpace(redis))
        {
            services.AddSingleton<IPresentationStore, MemoryPresentationStore>();
            return;
        }

        signalR.AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = RedisChannel.Literal("chile1973"));
        services.AddSingleton<IConnectionMultiplexer>(sp =>
        {
            var connection = ConnectionMultiplexer.Connect(redis);
            Log.RedisScaleOut(sp.GetRequiredService<ILogger<RedisPresentationStore>>(), string.Join(", ", connection.GetEndPoints().Select(e => e.ToString())));
            return connection;
        });
        services.AddSingleton<IPresentationStore, RedisPresentationStore>();
    }
}
