using System.Globalization;

namespace Chile1973.Graph.Core.Values.Temporal;

/// <summary>Reads ISO-8601 durations in Neo4j's dialect (signed and fractional components allowed).</summary>
internal static class DurationParser
{
    public static CypherDuration Parse(string text)
    {
        return TryParse(text.AsSpan(), out var duration) ? duration : throw new FormatException($"Text '{text}' cannot be parsed as a duration.");
    }

    private static bool TryParse(ReadOnlySpan<char> text, out CypherDuration duration)
    {
        duration = CypherDuration.Zero;
        var sign = 1m;
        if (text.Length > 0 && (text[0] == '-' || text[0] == '+'))
        {
            sign = text[0] == '-' ? -1 : 1;
            text = text[1..];
        }

        if (text.Length < 2 || (text[0] != 'P' && text[0] != 'p'))
        {
            return false;
        }

        text = text[1..];
        if (text.Length > 0 && char.IsAsciiDigit(text[0]) && text.Length >= 5 && text[4] == '-')
        {
            return TryDateTimeForm(text, sign, out duration);
        }

        decimal months = 0, days = 0, seconds = 0;
        var inTime = false;
        var any = false;
        var order = 0;
        while (!text.IsEmpty)
        {
            if (text[0] is 'T' or 't')
            {
                if (inTime)
                {
                    return false;
                }

                inTime = true;
                order = 0;
                text = text[1..];
                continue;
            }

            var end = 0;
            if (end < text.Length && (text[end] == '-' || text[end] == '+'))
            {
                end++;
            }

            while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] == '.' || text[end] == ','))
            {
                end++;
            }

            if (end == 0 || end >= text.Length)
            {
                return false;
            }

            var numberText = text[..end].ToString().Replace(',', '.');
            if (!decimal.TryParse(numberText, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                return false;
            }

            var unit = char.ToUpperInvariant(text[end]);
            var rank = (inTime, unit) switch
            {
                (false, 'Y') => 1,
                (false, 'M') => 2,
                (false, 'W') => 3,
                (false, 'D') => 4,
                (true, 'H') => 1,
                (true, 'M') => 2,
                (true, 'S') => 3,
                _ => 0,
            };
            if (rank <= order)
            {
                return false;
            }

            order = rank;
            switch (inTime, unit)
            {
                case (false, 'Y'): months += number * 12; break;
                case (false, 'M'): months += number; break;
                case (false, 'W'): days += number * 7; break;
                case (false, 'D'): days += number; break;
                case (true, 'H'): seconds += number * 3600; break;
                case (true, 'M'): seconds += number * 60; break;
                default: seconds += number; break;
            }

            any = true;
            text = text[(end + 1)..];
        }

        if (!any)
        {
            return false;
        }

        duration = CypherDuration.Approximate(sign * months, sign * days, sign * seconds, 0);
        return true;
    }

    /// <summary>The alternative form <c>PYYYY-MM-DDThh:mm:ss.f</c>.</summary>
    private static bool TryDateTimeForm(ReadOnlySpan<char> text, decimal sign, out CypherDuration duration)
    {
        duration = CypherDuration.Zero;
        var t = text.IndexOfAny('T', 't');
        var datePart = t < 0 ? text : text[..t];
        var parts = datePart.ToString().Split('-');
        if (parts.Length != 3 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var years)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var months)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var days))
        {
            return false;
        }

        decimal seconds = 0;
        if (t >= 0)
        {
            var timeParts = text[(t + 1)..].ToString().Split(':');
            if (timeParts.Length is < 1 or > 3)
            {
                return false;
            }

            var multipliers = new[] { 3600m, 60m, 1m };
            for (var i = 0; i < timeParts.Length; i++)
            {
                var style = i == 2 ? NumberStyles.AllowDecimalPoint : NumberStyles.None;
                if (!decimal.TryParse(timeParts[i], style, CultureInfo.InvariantCulture, out var value))
                {
                    return false;
                }

                seconds += value * multipliers[i];
            }
        }

        duration = CypherDuration.Approximate(sign * ((years * 12) + months), sign * days, sign * seconds, 0);
        return true;
    }
}
