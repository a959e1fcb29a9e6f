using System.Text;
using System.Text.Unicode;

namespace Chile1973.Graph.Core.GraphFiles.Reading;

/// <summary>
/// The endpoint ids of a few hundred relationship lines, looked up together: a tight loop of independent lookups
/// lets the processor wait for many cache misses at once instead of one per line. Unknown ids are reported in line
/// order, start before end, as a reading line by line would.
/// </summary>
internal sealed class EndpointBatch(NodeIdMap ids)
{
    public const int Size = 256;
    private const int InlineBytes = 8;

    private readonly NodeIdMap.IdKey[] _keys = new NodeIdMap.IdKey[2 * Size];
    private readonly int[] _restStart = new int[2 * Size];
    private readonly int[] _found = new int[2 * Size];
    private byte[] _rest = new byte[4096];
    private int _restLength;

    /// <summary>Lines waiting for their lookups.</summary>
    public int Count { get; private set; }

    public bool IsFull => Count == Size;

    /// <summary>Queues the endpoint ids of one line.</summary>
    public void Add(ReadOnlySpan<byte> start, ReadOnlySpan<byte> end)
    {
        Set(2 * Count, start);
        Set((2 * Count) + 1, end);
        Count++;
    }

    /// <summary>
    /// Looks up every queued line; writes the nodes into <paramref name="starts"/> and <paramref name="ends"/>
    /// (one entry per queued line; -1 for an id no node has, each handed to <paramref name="unknown"/> with
    /// its position in the batch, start before end) and empties the batch.
    /// </summary>
    public void Resolve(Span<int> starts, Span<int> ends, Action<int, string, string> unknown)
    {
        for (var i = 0; i < 2 * Count; i++)
        {
            _found[i] = ids.Find(in _keys[i], Rest(i));
        }

        for (var line = 0; line < Count; line++)
        {
            starts[line] = _found[2 * line];
            ends[line] = _found[(2 * line) + 1];
            if (starts[line] < 0)
            {
                unknown(line, ":START_ID", Id(2 * line));
            }

            if (ends[line] < 0)
            {
                unknown(line, ":END_ID", Id((2 * line) + 1));
            }
        }

        Count = 0;
        _restLength = 0;
    }

    private void Set(int at, ReadOnlySpan<byte> id)
    {
        // Ids were mapped as the UTF-8 of their decoded text: bytes that are not UTF-8 are compared that way too.
        if (!Utf8.IsValid(id))
        {
            id = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(id));
        }

        _keys[at] = NodeIdMap.KeyOf(id);
        _restStart[at] = _restLength;
        if (id.Length > InlineBytes)
        {
            var rest = id[InlineBytes..];
            if (_restLength + rest.Length > _rest.Length)
            {
                Array.Resize(ref _rest, Math.Max(_rest.Length * 2, _restLength + rest.Length));
            }

            rest.CopyTo(_rest.AsSpan(_restLength));
            _restLength += rest.Length;
        }
    }

    private ReadOnlySpan<byte> Rest(int at) =>
        _keys[at].Length > InlineBytes ? _rest.AsSpan(_restStart[at], _keys[at].Length - InlineBytes) : [];

    private string Id(int at) => Encoding.UTF8.GetString(NodeIdMap.Bytes(in _keys[at], Rest(at)));
}
