using StackExchange.Redis;

namespace Chile1973.Graph.Web.Presentations;

/// <summary>Presentations in Redis, one hash per code with a TTL, so every server behind the backplane sees the same state.</summary>
public sealed class RedisPresentationStore(IConnectionMultiplexer redis) : IPresentationStore
{
    private const string Prefix = "chile1973:presentation:";

    /// <inheritdoc />
    public async Task<bool> TryCreateAsync(string code, PresentationState state, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var db = redis.GetDatabase();
        var key = (RedisKey)(Prefix + code);
        var transaction = db.CreateTransaction();
        transaction.AddCondition(Condition.KeyNotExists(key));
        _ = transaction.HashSetAsync(key, [new("story", state.StoryId), new("index", state.Index), new("key", state.KeyHash)]);
        _ = transaction.KeyExpireAsync(key, lifetime);
        return await transaction.ExecuteAsync().WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<PresentationState?> GetAsync(string code, CancellationToken cancellationToken)
    {
        var fields = await redis.GetDatabase().HashGetAsync(Prefix + code, ["story", "index", "key"]).WaitAsync(cancellationToken);
        return fields is [{ HasValue: true } story, { HasValue: true } index, { HasValue: true } keyHash]
            ? new PresentationState(story.ToString(), (int)index, (byte[])keyHash!)
            : null;
    }

    /// <inheritdoc />
    public async Task SetIndexAsync(string code, int index, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var db = redis.GetDatabase();
        var key = (RedisKey)(Prefix + code);
        var transaction = db.CreateTransaction();
        transaction.AddCondition(Condition.KeyExists(key));
        _ = transaction.HashSetAsync(key, "index", index);
        _ = transaction.KeyExpireAsync(key, lifetime);
        await transaction.ExecuteAsync().WaitAsync(cancellationToken);
    }
}
