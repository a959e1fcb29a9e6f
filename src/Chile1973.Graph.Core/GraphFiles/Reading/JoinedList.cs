using System.Collections;

namespace Chile1973.Graph.Core.GraphFiles.Reading;

/// <summary>
/// The lists of a file's ranges read as one list, in order, without copying them: a generated graph's millions of rows
/// are not held twice while the reading ends.
/// </summary>
internal sealed class JoinedList<T> : IReadOnlyList<T>
{
    private readonly List<T>[] _parts;
    private readonly int[] _starts;

    public JoinedList(List<T>[] parts)
    {
        _parts = parts;
        _starts = new int[parts.Length];
        for (var i = 1; i < parts.Length; i++)
        {
            _starts[i] = _starts[i - 1] + parts[i - 1].Count;
        }

        Count = parts.Length == 0 ? 0 : _starts[^1] + parts[^1].Count;
    }

    public int Count { get; }

    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            // A handful of parts, one per range: the last one starting at or before the index holds it.
            var part = _parts.Length - 1;
            while (_starts[part] > index)
            {
                part--;
            }

            return _parts[part][index - _starts[part]];
        }
    }

    public IEnumerator<T> GetEnumerator() => _parts.SelectMany(static p => p).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
