using System.Text;

namespace Chile1973.Graph.Core.Values.Temporal;

/// <summary>
/// What the ordered temporal types share: comparison (null first, then each type's own order) with its operators,
/// and the text java.time prints, which each type appends. Durations are not ordered in Cypher and do not derive
/// from this.
/// </summary>
/// <typeparam name="TSelf">The temporal type itself.</typeparam>
public abstract record OrderedTemporal<TSelf> : IComparable<TSelf>, IComparable
    where TSelf : OrderedTemporal<TSelf>
{
    private protected OrderedTemporal()
    {
    }

    /// <summary>Orders this value against another of its type; null sorts first.</summary>
    public int CompareTo(TSelf? other) => other is null ? 1 : CompareWith(other);

    /// <inheritdoc />
    public int CompareTo(object? obj) =>
        obj is TSelf other ? CompareTo(other) : throw new ArgumentException($"Not a {typeof(TSelf).Name}.", nameof(obj));

    /// <summary>Orders two values of the same type.</summary>
    public static bool operator <(OrderedTemporal<TSelf> left, OrderedTemporal<TSelf> right) => Compare(left, right) < 0;

    /// <summary>Orders two values of the same type.</summary>
    public static bool operator >(OrderedTemporal<TSelf> left, OrderedTemporal<TSelf> right) => Compare(left, right) > 0;

    /// <summary>Orders two values of the same type.</summary>
    public static bool operator <=(OrderedTemporal<TSelf> left, OrderedTemporal<TSelf> right) => Compare(left, right) <= 0;

    /// <summary>Orders two values of the same type.</summary>
    public static bool operator >=(OrderedTemporal<TSelf> left, OrderedTemporal<TSelf> right) => Compare(left, right) >= 0;

    /// <summary>The value as java.time prints it.</summary>
    public sealed override string ToString()
    {
        var text = new StringBuilder(32);
        AppendText(text);
        return text.ToString();
    }

    private protected abstract int CompareWith(TSelf other);

    private protected abstract void AppendText(StringBuilder text);

    private static int Compare(OrderedTemporal<TSelf> left, OrderedTemporal<TSelf> right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return left.CompareTo((TSelf)right);
    }
}
