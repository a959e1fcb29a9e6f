using Chile1973.Graph.Core.Model;
using Xunit;

namespace Chile1973.Graph.Core.Tests.Model;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("1973", 1973, null, null, DatePrecision.Year)]
    [InlineData("1973-09", 1973, 9, null, DatePrecision.Month)]
    [InlineData("1973-09-11", 1973, 9, 11, DatePrecision.Day)]
    [InlineData("0800-02-29", 800, 2, 29, DatePrecision.Day)]
    public void Parse_reads_year_month_and_day_precision(string text, int year, int? month, int? day, DatePrecision precision)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal((year, month, day, precision), (date.Year, date.Month, date.Day, date.Precision));
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("73", "is not a date")]
    [InlineData("1973-9-11", "is not a date")]
    [InlineData("1973/09/11", "is not a date")]
    [InlineData("1973-00", "has no month 00")]
    [InlineData("1973-13-01", "has no month 13")]
    [InlineData("1973-02-29", "has no day 29")]
    [InlineData("1973-04-31", "has no day 31")]
    [InlineData("0000", "has no year 0000")]
    [InlineData("197a", "is not a date")]
    [InlineData("", "is not a date")]
    public void TryParse_says_why_bad_input_is_not_a_date(string text, string reason)
    {
        Assert.False(PartialDate.TryParse(text, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => PartialDate.Parse(text));
    }

    [Fact]
    public void Dates_order_by_earliest_day_with_coarser_first()
    {
        var dates = new[] { "1973-09-11", "1970", "1973", "1973-09", "1973-01-01", "1972-12-31", "1973-10" }.Select(PartialDate.Parse);

        var ordered = dates.Order().Select(d => d.ToString());

        Assert.Equal(["1970", "1972-12-31", "1973", "1973-01-01", "1973-09", "1973-09-11", "1973-10"], ordered);
    }

    [Fact]
    public void Dates_order_like_their_iso_text()
    {
        var texts = new[] { "1973-09-11", "1970", "1973", "1973-09", "1973-01-01", "1972-12-31", "1973-10", "1964-09-04" };

        Assert.Equal(
            texts.Order(StringComparer.Ordinal),
            texts.Select(PartialDate.Parse).Order().Select(d => d.ToString()));
    }

    [Fact]
    public void Comparison_operators_agree_with_CompareTo()
    {
        var coup = PartialDate.Parse("1973-09-11");
        var year = PartialDate.Parse("1973");

        Assert.True(year < coup);
        Assert.True(coup > year);
        Assert.True(year <= PartialDate.Parse("1973"));
        Assert.False(coup >= PartialDate.Parse("1973-10"));
    }

    [Theory]
    [InlineData("1973", "1973-01-01", "1973-12-31")]
    [InlineData("1972-02", "1972-02-01", "1972-02-29")]
    [InlineData("1973-09-11", "1973-09-11", "1973-09-11")]
    public void A_partial_date_covers_every_day_of_its_span(string text, string first, string last)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), date.Earliest);
        Assert.Equal(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), date.Latest);
        Assert.True(date.Covers(date.Earliest));
        Assert.True(date.Covers(date.Latest));
        Assert.False(date.Covers(date.Earliest.AddDays(-1)));
        Assert.False(date.Covers(date.Latest.AddDays(1)));
    }

    [Fact]
    public void Constructor_rejects_a_day_without_a_month()
    {
        Assert.Throws<ArgumentException>(() => new PartialDate(1973, null, 11));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(1973, 2, 30));
    }
}
