using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Chile1973.Graph.Core.GraphFiles.Reading;

/// <summary>
/// The loader's map from a node's <c>:ID</c> (UTF-8 bytes) to its node id, built once and then read by several
/// threads. Relationships look up two ids each, millions of times, at random: an open-addressing table whose slot
/// holds up to eight bytes of the id itself answers an id that short with one memory access, where a dictionary
/// of strings needs three (bucket, entry, string). Longer ids keep their remaining bytes in an arena.
/// </summary>
internal sealed class NodeIdMap
{
    private const int InlineBytes = 8;

    // Seeded so that no file can choose ids that all collide.
    private static readonly ulong Seed = BinaryPrimitives.ReadUInt64LittleEndian(RandomNumberGenerator.GetBytes(8));

    private readonly Slot[] _slots;
    private readonly int _mask;
    private byte[] _arena = new byte[1024];
    private int _arenaLength;

    public NodeIdMap(int capacity)
    {
        var size = 16;
        while (size < capacity * 2)
        {
            size <<= 1;
        }

        _slots = new Slot[size];
        _mask = size - 1;
    }

    /// <summary>Maps an id to a node; false when the id is already mapped.</summary>
    public bool TryAdd(ReadOnlySpan<byte> id, int node)
    {
        var prefix = Prefix(id);
        for (var at = (int)Hash(id, prefix) & _mask; ; at = (at + 1) & _mask)
        {
            ref var slot = ref _slots[at];
            if (slot.NodePlusOne == 0)
            {
                slot.Prefix = prefix;
                slot.Length = id.Length;
                slot.NodePlusOne = node + 1;
                if (id.Length > InlineBytes)
                {
                    slot.Rest = Store(id[InlineBytes..]);
                }

                return true;
            }

            if (Matches(in slot, id, prefix))
            {
                return false;
            }
        }
    }

    /// <summary>The node of an id, or -1.</summary>
    public int Find(ReadOnlySpan<byte> id) => Find(KeyOf(id), id.Length > InlineBytes ? id[InlineBytes..] : []);

    /// <summary>What a lookup needs of an id besides its bytes past the eighth: computed apart, so lookups can be batched.</summary>
    public static IdKey KeyOf(ReadOnlySpan<byte> id)
    {
        var prefix = Prefix(id);
        return new IdKey(prefix, id.Length, Hash(id, prefix));
    }

    /// <summary>The node of an id given as its key and its bytes past the eighth, or -1.</summary>
    public int Find(in IdKey key, ReadOnlySpan<byte> rest)
    {
        for (var at = (int)key.Hash & _mask; ; at = (at + 1) & _mask)
        {
            ref readonly var slot = ref _slots[at];
            if (slot.NodePlusOne == 0)
            {
                return -1;
            }

            if (slot.Prefix == key.Prefix && slot.Length == key.Length
                && (key.Length <= InlineBytes || _arena.AsSpan(slot.Rest, key.Length - InlineBytes).SequenceEqual(rest)))
            {
                return slot.NodePlusOne - 1;
            }
        }
    }

    /// <summary>The bytes of an id from its key and the bytes past the eighth (for messages).</summary>
    public static byte[] Bytes(in IdKey key, ReadOnlySpan<byte> rest)
    {
        var bytes = new byte[key.Length];
        Span<byte> prefix = stackalloc byte[InlineBytes];
        BinaryPrimitives.WriteUInt64LittleEndian(prefix, key.Prefix);
        prefix[..Math.Min(InlineBytes, key.Length)].CopyTo(bytes);
        rest.CopyTo(bytes.AsSpan(Math.Min(InlineBytes, key.Length)));
        return bytes;
    }

    /// <summary>The first eight bytes of an id (zero-padded), its length and its hash.</summary>
    public readonly record struct IdKey(ulong Prefix, int Length, ulong Hash);

    private bool Matches(in Slot slot, ReadOnlySpan<byte> id, ulong prefix) =>
        slot.Prefix == prefix && slot.Length == id.Length
        && (id.Length <= InlineBytes || _arena.AsSpan(slot.Rest, id.Length - InlineBytes).SequenceEqual(id[InlineBytes..]));

    private int Store(ReadOnlySpan<byte> rest)
    {
        if (_arenaLength + rest.Length > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _arenaLength + rest.Length));
        }

        var at = _arenaLength;
        rest.CopyTo(_arena.AsSpan(at));
        _arenaLength += rest.Length;
        return at;
    }

    private static ulong Prefix(ReadOnlySpan<byte> id)
    {
        Span<byte> padded = stackalloc byte[InlineBytes];
        padded.Clear();
        id[..Math.Min(id.Length, InlineBytes)].CopyTo(padded);
        return BinaryPrimitives.ReadUInt64LittleEndian(padded);
    }

    private static ulong Hash(ReadOnlySpan<byte> id, ulong prefix)
    {
        var hash = Mix(prefix ^ Seed ^ (ulong)id.Length);
        for (var i = InlineBytes; i < id.Length; i += InlineBytes)
        {
            hash = Mix(hash ^ Prefix(id[i..]));
        }

        return hash ^ (hash >> 32);
    }

    // MurmurHash3's 64-bit finaliser: every input bit affects every output bit.
    private static ulong Mix(ulong k)
    {
        k ^= k >> 33;
        k *= 0xff51afd7ed558ccdUL;
        k ^= k >> 33;
        k *= 0xc4ceb9fe1a85ec53UL;
        k ^= k >> 33;
        return k;
    }

    private struct Slot
    {
        public ulong Prefix;
        public int Length;
        public int NodePlusOne;
        public int Rest;
    }
}
