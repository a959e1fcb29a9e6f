using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace Chile1973.Graph.Core.GraphFiles.Reading;

/// <summary>
/// Reads the lines of one byte range of a file through a pooled buffer, so several ranges of one file can be
/// parsed at once. Lines end at <c>\n</c> (a <c>\r</c> before it is dropped); the last may have no line break.
/// </summary>
internal sealed class CsvRangeReader(SafeFileHandle handle, long start, long end) : IDisposable
{
    private const int BufferSize = 1 << 20;

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private long _position = start;
    private int _start;
    private int _length;

    /// <summary>The number of lines read so far: the 1-based number of the last line, counted from the range's start.</summary>
    public int LinesRead { get; private set; }

    /// <summary>The next line, valid until the next call; false at the end of the range.</summary>
    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        while (true)
        {
            var available = _buffer.AsSpan(_start, _length - _start);
            var newline = available.IndexOf((byte)'\n');
            if (newline >= 0)
            {
                _start += newline + 1;
                line = TrimCarriageReturn(available[..newline]);
                LinesRead++;
                return true;
            }

            if (_position >= end)
            {
                _start = _length;
                if (available.IsEmpty)
                {
                    line = default;
                    return false;
                }

                line = TrimCarriageReturn(available);
                LinesRead++;
                return true;
            }

            Refill();
        }
    }

    /// <summary>
    /// Where the line holding byte <paramref name="offset"/> ends: the offset just past its <c>\n</c>, or the
    /// file's length. Ranges split there, so no line is cut in two.
    /// </summary>
    public static long LineEndAfter(SafeFileHandle handle, long offset, long length)
    {
        Span<byte> window = stackalloc byte[4096];
        while (offset < length)
        {
            var read = RandomAccess.Read(handle, window, offset);
            if (read == 0)
            {
                break;
            }

            var newline = window[..read].IndexOf((byte)'\n');
            if (newline >= 0)
            {
                return offset + newline + 1;
            }

            offset += read;
        }

        return length;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private void Refill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _length - _start).CopyTo(_buffer);
            _length -= _start;
            _start = 0;
        }

        if (_length == _buffer.Length)
        {
            // A line longer than the buffer: grow it.
            var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        var wanted = (int)Math.Min(_buffer.Length - _length, end - _position);
        var read = RandomAccess.Read(handle, _buffer.AsSpan(_length, wanted), _position);
        if (read == 0)
        {
            // The file is shorter than when it was measured: treat what was read as the whole range.
            _position = end;
            return;
        }

        _position += read;
        _length += read;
    }

    private static ReadOnlySpan<byte> TrimCarriageReturn(ReadOnlySpan<byte> line) =>
        line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;
}
