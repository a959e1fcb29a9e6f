using System.Security.Cryptography;
using System.Text;
using Chile1973.Graph.Web.Stories;

namespace Chile1973.Graph.Web.Presentations;

/// <summary>
/// Starts, joins and drives live presentations. Codes carry 60 random bits and presenter keys 256, both from the
/// system's cryptographic generator; the key is kept only as its SHA-256 and checked in constant time.
/// </summary>
public sealed class PresentationService(IPresentationStore store, StoryCatalog stories, PresentationAttempts attempts, IOptions<PresentationOptions> options)
{
    /// <summary>Crockford's base-32 alphabet: no I, L, O or U, so a code read aloud or typed is not misread.</summary>
    private const string CodeAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int CodeLength = 12;

    private readonly TimeSpan lifetime = options.Value.Lifetime;

    /// <summary>Starts a presentation of a story at its first step.</summary>
    public async Task<PresentationTicket> StartAsync(string? storyId, CancellationToken cancellationToken)
    {
        if (storyId is null)
        {
            throw new GraphRequestException("A story id is needed.");
        }

        if (stories.Find(storyId) is null)
        {
            throw new GraphRequestException($"There is no story '{storyId}'.");
        }

        var key = Base64Url(RandomNumberGenerator.GetBytes(32));
        var state = new PresentationState(storyId, 0, Hash(key));
        while (true)
        {
            var code = new string(RandomNumberGenerator.GetItems<char>(CodeAlphabet, CodeLength));
            if (await store.TryCreateAsync(code, state, lifetime, cancellationToken))
            {
                return new PresentationTicket(Format(code), key);
            }
        }
    }

    /// <summary>The step a presentation shows now, and the normalised code to follow it under.</summary>
    public async Task<(string Code, PresentationStep Step)> JoinAsync(string code, string caller, CancellationToken cancellationToken)
    {
        attempts.EnsureAllowed(caller);
        var normal = Normalize(code);
        var state = await store.GetAsync(normal, cancellationToken) ?? throw Unknown(code, caller);
        return (normal, StepOf(state.StoryId, state.Index));
    }

    /// <summary>Moves a presentation to step <paramref name="index"/>, when <paramref name="presenterKey"/> is its key.</summary>
    public async Task<(string Code, PresentationStep Step)> MoveAsync(string code, string presenterKey, int index, string caller, CancellationToken cancellationToken)
    {
        attempts.EnsureAllowed(caller);
        var normal = Normalize(code);
        var state = await store.GetAsync(normal, cancellationToken) ?? throw Unknown(code, caller);
        if (!CryptographicOperations.FixedTimeEquals(Hash(presenterKey ?? ""), state.KeyHash))
        {
            attempts.RecordFailure(caller);
            throw new GraphRequestException("Only the presenter can move this presentation: the presenter key does not match.");
        }

        var step = StepOf(state.StoryId, index);
        await store.SetIndexAsync(normal, index, lifetime, cancellationToken);
        return (normal, step);
    }

    /// <summary>The SignalR group of a presentation's followers.</summary>
    public static string Group(string normalizedCode) => "presentation:" + normalizedCode;

    private PresentationStep StepOf(string storyId, int index)
    {
        var story = stories.Find(storyId) ?? throw new GraphRequestException($"The story '{storyId}' of this presentation is no longer available.");
        if (index < 0 || index >= story.Steps.Count)
        {
            throw new GraphRequestException($"Step {index} is out of range: '{story.Title}' has steps 0 to {story.Steps.Count - 1}.");
        }

        return new PresentationStep(storyId, index, story.Steps[index]);
    }

    private GraphRequestException Unknown(string code, string caller)
    {
        attempts.RecordFailure(caller);
        return new($"There is no presentation with code '{code}': check the code, or the presentation has ended.");
    }

    /// <summary>Upper case without dashes or spaces, with O read as 0 and I, L as 1, as Crockford's base 32 reads them.</summary>
    private static string Normalize(string code)
    {
        var sb = new StringBuilder(CodeLength);
        foreach (var c in code ?? "")
        {
            var upper = char.ToUpperInvariant(c);
            switch (upper)
            {
                case '-' or ' ':
                    break;
                case 'O':
                    sb.Append('0');
                    break;
                case 'I' or 'L':
                    sb.Append('1');
                    break;
                default:
                    sb.Append(upper);
                    break;
            }
        }

        return sb.ToString();
    }

    private static string Format(string code) => $"{code[..4]}-{code[4..8]}-{code[8..]}";

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
