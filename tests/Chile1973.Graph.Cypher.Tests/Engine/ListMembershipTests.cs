using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Engine;

/// <summary>
/// IN against a long list parameter, checked once per row (where the list's strings are looked up in a set after
/// the first rows): the same three-valued answers as comparing item by item.
/// </summary>
public sealed class ListMembershipTests
{
    private readonly EngineHarness _harness = new();

    private static List<object?> Names(bool withNull, params object?[] extra)
    {
        List<object?> names = [.. Enumerable.Range(0, 40).Select(static i => (object?)$"n{i}"), .. extra];
        if (withNull)
        {
            names.Add(null);
        }

        return names;
    }

    private async Task<string[]> Rows(List<object?> list) =>
        [.. await _harness.RowsAsync(
            "UNWIND ['n3', 'n39', 'n40', 'N3', 3, null, 'n7', 'missing'] AS x RETURN x IN $list",
            new Dictionary<string, object?>(StringComparer.Ordinal) { ["list"] = list })];

    [Fact]
    public async Task A_string_is_in_a_long_list_only_when_an_equal_string_is() =>
        Assert.Equal(["true", "true", "false", "false", "false", "null", "true", "false"], await Rows(Names(withNull: false)));

    [Fact]
    public async Task A_string_missing_from_a_long_list_with_a_null_is_unknown() =>
        Assert.Equal(["true", "true", "null", "null", "null", "null", "true", "null"], await Rows(Names(withNull: true)));

    [Fact]
    public async Task Numbers_in_a_long_list_of_strings_compare_by_value() =>
        Assert.Equal(["true", "true", "false", "false", "true", "null", "true", "false"], await Rows(Names(withNull: false, 3.0)));
}
