using System.Buffers.Binary;

namespace Chile1973.Graph.Core.Values.Temporal;

/// <summary>
/// A zone's history read straight from its TZif file (RFC 8536) in the system's tz database, to the
/// second. .NET's <see cref="TimeZoneInfo"/> rounds offsets to whole minutes and applies the first
/// standard offset before a zone's first transition, while java.time (and so Neo4j) keeps local mean
/// time to the second (<c>+00:53:28</c> for Stockholm before 1879).
/// </summary>
internal sealed class TzifZone
{
    private readonly long[] transitions;
    private readonly int[] offsets;
    private readonly int initialOffset;

    private TzifZone(long[] transitions, int[] offsets, int initialOffset)
    {
        this.transitions = transitions;
        this.offsets = offsets;
        this.initialOffset = initialOffset;
    }

    /// <summary>Whether <see cref="TryOffsetAt"/> knows the offset at an instant: before the zone's last listed transition.</summary>
    public bool Covers(long epochSecond) => transitions.Length > 0 && epochSecond < transitions[^1];

    /// <summary>The offset at an instant before the last transition; false after it, where the zone's rule string applies.</summary>
    public bool TryOffsetAt(long epochSecond, out int offsetSeconds)
    {
        offsetSeconds = 0;
        if (!Covers(epochSecond))
        {
            return false;
        }

        var index = Array.BinarySearch(transitions, epochSecond);
        var last = index >= 0 ? index : ~index - 1;
        offsetSeconds = last < 0 ? initialOffset : offsets[last];
        return true;
    }

    /// <summary>Reads the zone file of an IANA id from <c>$TZDIR</c> or <c>/usr/share/zoneinfo</c>; null when there is none or it cannot be read.</summary>
    public static TzifZone? Load(string zoneId)
    {
        if (zoneId.Length == 0 || zoneId.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(zoneId))
        {
            return null;
        }

        var directory = Environment.GetEnvironmentVariable("TZDIR") is { Length: > 0 } tzdir ? tzdir : "/usr/share/zoneinfo";
        var path = Path.Combine(directory, zoneId);
        try
        {
            return File.Exists(path) ? Parse(File.ReadAllBytes(path)) : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Parses TZif data; null when it is not TZif or is cut short.</summary>
    public static TzifZone? Parse(ReadOnlySpan<byte> data)
    {
        if (!TryHeader(data, out var version, out var counts))
        {
            return null;
        }

        // Version 2+ files repeat the data with 64-bit times after the 32-bit block; prefer those.
        var timeSize = 4;
        if (version >= '2')
        {
            var skip = 44 + counts.BlockLength(4);
            if (data.Length < skip || !TryHeader(data[skip..], out _, out counts))
            {
                return null;
            }

            data = data[skip..];
            timeSize = 8;
        }

        var body = data[44..];
        if (body.Length < counts.BlockLength(timeSize) || counts.Types == 0)
        {
            return null;
        }

        var times = new long[counts.Times];
        for (var i = 0; i < times.Length; i++)
        {
            var slice = body.Slice(i * timeSize, timeSize);
            times[i] = timeSize == 8 ? BinaryPrimitives.ReadInt64BigEndian(slice) : BinaryPrimitives.ReadInt32BigEndian(slice);
        }

        var indices = body.Slice(counts.Times * timeSize, counts.Times);
        var typeTable = body.Slice((counts.Times * timeSize) + counts.Times, counts.Types * 6);
        var typeOffsets = new int[counts.Types];
        for (var t = 0; t < typeOffsets.Length; t++)
        {
            typeOffsets[t] = BinaryPrimitives.ReadInt32BigEndian(typeTable.Slice(t * 6, 4));
        }

        var offsets = new int[times.Length];
        for (var i = 0; i < offsets.Length; i++)
        {
            if (indices[i] >= typeOffsets.Length)
            {
                return null;
            }

            offsets[i] = typeOffsets[indices[i]];
        }

        // RFC 8536 3.2: local time before the first transition is that of time type 0.
        return new TzifZone(times, offsets, typeOffsets[0]);
    }

    private static bool TryHeader(ReadOnlySpan<byte> data, out char version, out Counts counts)
    {
        version = '\0';
        counts = default;
        if (data.Length < 44 || !data[..4].SequenceEqual("TZif"u8))
        {
            return false;
        }

        version = (char)data[4];
        var fields = data.Slice(20, 24);
        counts = new Counts(
            BinaryPrimitives.ReadInt32BigEndian(fields),
            BinaryPrimitives.ReadInt32BigEndian(fields[4..]),
            BinaryPrimitives.ReadInt32BigEndian(fields[8..]),
            BinaryPrimitives.ReadInt32BigEndian(fields[12..]),
            BinaryPrimitives.ReadInt32BigEndian(fields[16..]),
            BinaryPrimitives.ReadInt32BigEndian(fields[20..]));
        return counts.IsUtc >= 0 && counts.IsStd >= 0 && counts.Leaps >= 0 && counts.Times >= 0 && counts.Types >= 0 && counts.Chars >= 0;
    }

    private readonly record struct Counts(int IsUtc, int IsStd, int Leaps, int Times, int Types, int Chars)
    {
        public int BlockLength(int timeSize) =>
            (Times * timeSize) + Times + (Types * 6) + Chars + (Leaps * (timeSize + 4)) + IsStd + IsUtc;
    }
}
