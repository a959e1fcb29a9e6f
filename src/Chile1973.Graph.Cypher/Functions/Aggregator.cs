namespace Chile1973.Graph.Cypher.Functions;

/// <summary>The aggregating functions.</summary>
internal enum AggregateKind
{
    CountStar,
    Count,
    Collect,
    Sum,
    Avg,
    Min,
    Max,
    PercentileDisc,
    PercentileCont,
    StDev,
    StDevP,
}

/// <summary>Accumulates one aggregate over the rows of one group.</summary>
internal abstract class Aggregator
{
    public static bool TryGetKind(string lowerCaseName, out AggregateKind kind)
    {
        kind = lowerCaseName switch
        {
            "count" => AggregateKind.Count,
            "collect" => AggregateKind.Collect,
            "sum" => AggregateKind.Sum,
            "avg" => AggregateKind.Avg,
            "min" => AggregateKind.Min,
            "max" => AggregateKind.Max,
            "percentiledisc" => AggregateKind.PercentileDisc,
            "percentilecont" => AggregateKind.PercentileCont,
            "stdev" => AggregateKind.StDev,
            "stdevp" => AggregateKind.StDevP,
            _ => (AggregateKind)(-1),
        };
        return (int)kind >= 0;
    }

    /// <summary>A fresh aggregate; <paramref name="limits"/> bounds the list collect() builds.</summary>
    public static Aggregator Create(AggregateKind kind, bool distinct, QueryLimits? limits = null)
    {
        Aggregator aggregator = kind switch
        {
            AggregateKind.CountStar or AggregateKind.Count => new CountAggregator(),
            AggregateKind.Collect => new CollectAggregator(limits),
            AggregateKind.Sum => new SumAggregator(),
            AggregateKind.Avg => new AvgAggregator(),
            AggregateKind.Min => new ExtremeAggregator(-1),
            AggregateKind.Max => new ExtremeAggregator(1),
            AggregateKind.PercentileDisc => new PercentileAggregator(discrete: true),
            AggregateKind.PercentileCont => new PercentileAggregator(discrete: false),
            AggregateKind.StDev => new StDevAggregator(sample: true),
            _ => new StDevAggregator(sample: false),
        };
        return distinct ? new DistinctAggregator(aggregator) : aggregator;
    }

    /// <summary>Adds a value (nulls are ignored by every aggregate but count(*), which its caller feeds a non-null).</summary>
    public abstract void Add(object? value, object? argument);

    public abstract object? Result();

    private sealed class DistinctAggregator(Aggregator inner) : Aggregator
    {
        private readonly HashSet<object?> _seen = new(ValueComparison.EquivalenceComparer.Instance);

        public override void Add(object? value, object? argument)
        {
            if (value is not null && _seen.Add(value))
            {
                inner.Add(value, argument);
            }
        }

        public override object? Result() => inner.Result();
    }

    private sealed class CountAggregator : Aggregator
    {
        private long _count;

        public override void Add(object? value, object? argument)
        {
            if (value is not null)
            {
                _count++;
            }
        }

        public override object? Result() => _count;
    }

    private sealed class CollectAggregator(QueryLimits? limits) : Aggregator
    {
        private readonly List<object?> _items = [];

        public override void Add(object? value, object? argument)
        {
            if (value is not null)
            {
                limits?.CheckList(_items.Count + 1L, "collect()");
                _items.Add(value);
            }
        }

        public override object? Result() => _items;
    }

    private sealed class SumAggregator : Aggregator
    {
        private long _long;
        private double _double;
        private bool _isDouble;
        private object? _temporal;

        public override void Add(object? value, object? argument)
        {
            switch (value)
            {
                case null:
                    return;
                case long l when !_isDouble:
                    _long = checked(_long + l);
                    break;
                case long l:
                    _double += l;
                    break;
                case double d:
                    if (!_isDouble)
                    {
                        _isDouble = true;
                        _double = _long;
                    }

                    _double += d;
                    break;
                default:
                    if (_temporal is null && TemporalSupport.TryAdd(value, null, out _) is false && !TemporalSupport.IsTemporal(value))
                    {
                        CypherErrors.TypeError("InvalidArgumentType", $"sum() cannot add {Core.Values.CypherValues.TypeName(value)}.");
                    }

                    _temporal = _temporal is null ? value : (TemporalSupport.TryAdd(_temporal, value, out var sum) ? sum
                        : CypherErrors.TypeError<object?>("InvalidArgumentType", "sum() cannot add these values."));
                    break;
            }
        }

        public override object? Result() => _temporal ?? (_isDouble ? _double : (object)_long);
    }

    private sealed class AvgAggregator : Aggregator
    {
        private double _sum;
        private long _count;
        private object? _temporal;

        public override void Add(object? value, object? argument)
        {
            switch (value)
            {
                case null:
                    return;
                case long l:
                    _sum += l;
                    _count++;
                    break;
                case double d:
                    _sum += d;
                    _count++;
                    break;
                default:
                    _temporal = _temporal is null ? value : (TemporalSupport.TryAdd(_temporal, value, out var sum) ? sum
                        : CypherErrors.TypeError<object?>("InvalidArgumentType", $"avg() cannot take {Core.Values.CypherValues.TypeName(value)}."));
                    _count++;
                    break;
            }
        }

        public override object? Result()
        {
            if (_count == 0)
            {
                return null;
            }

            return _temporal is not null
                ? (TemporalSupport.TryDivide(_temporal, _count, out var avg) ? avg : null)
                : _sum / _count;
        }
    }

    private sealed class ExtremeAggregator(int sign) : Aggregator
    {
        private object? _best;

        public override void Add(object? value, object? argument)
        {
            if (value is null)
            {
                return;
            }

            if (_best is null || ValueComparison.OrderCompare(value, _best) * sign > 0)
            {
                _best = value;
            }
        }

        public override object? Result() => _best;
    }

    private sealed class PercentileAggregator(bool discrete) : Aggregator
    {
        private readonly List<double> _values = [];
        private readonly List<object> _originals = [];
        private double? _percentile;

        public override void Add(object? value, object? argument)
        {
            if (_percentile is null)
            {
                var p = argument switch
                {
                    long l => l,
                    double d => d,
                    _ => CypherErrors.TypeError<double>("InvalidArgumentType", "The percentile must be a number."),
                };
                if (p is < 0 or > 1 || double.IsNaN(p))
                {
                    CypherErrors.ArgumentError("NumberOutOfRange", $"The percentile {p} is not between 0.0 and 1.0.");
                }

                _percentile = p;
            }

            switch (value)
            {
                case null:
                    return;
                case long l:
                    _values.Add(l);
                    _originals.Add(l);
                    break;
                case double d:
                    _values.Add(d);
                    _originals.Add(d);
                    break;
                default:
                    CypherErrors.TypeError("InvalidArgumentType", $"A percentile needs numbers, not {Core.Values.CypherValues.TypeName(value)}.");
                    break;
            }
        }

        public override object? Result()
        {
            if (_values.Count == 0)
            {
                return null;
            }

            var order = Enumerable.Range(0, _values.Count).OrderBy(i => _values[i]).ToArray();
            var p = _percentile ?? 0;
            var n = order.Length;
            if (discrete)
            {
                // As Neo4j's percentileDisc: the smallest value whose cumulative share reaches p.
                var index = p == 1.0 || n == 1 ? n - 1 : Math.Max(0, (int)Math.Ceiling(p * n) - 1);
                return _originals[order[index]];
            }

            var position = p * (n - 1);
            var lower = (int)Math.Floor(position);
            var upper = (int)Math.Ceiling(position);
            var low = _values[order[lower]];
            var high = _values[order[upper]];
            return low + ((high - low) * (position - lower));
        }
    }

    private sealed class StDevAggregator(bool sample) : Aggregator
    {
        private long _count;
        private double _mean;
        private double _m2;

        public override void Add(object? value, object? argument)
        {
            var x = value switch
            {
                null => double.NaN,
                long l => l,
                double d => d,
                _ => CypherErrors.TypeError<double>("InvalidArgumentType", $"stDev() needs numbers, not {Core.Values.CypherValues.TypeName(value)}."),
            };
            if (value is null)
            {
                return;
            }

            _count++;
            var delta = x - _mean;
            _mean += delta / _count;
            _m2 += delta * (x - _mean);
        }

        public override object? Result()
        {
            var divisor = sample ? _count - 1 : _count;
            return divisor <= 0 ? 0.0 : Math.Sqrt(_m2 / divisor);
        }
    }
}
