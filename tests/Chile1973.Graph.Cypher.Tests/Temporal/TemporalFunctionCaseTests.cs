using Chile1973.Graph.Core.Values;
using Chile1973.Graph.Cypher.Functions.Temporal;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Temporal;

/// <summary>
/// Rows taken from the openCypher TCK's temporal features (construction from maps and strings, arithmetic,
/// truncation, durations between values), each an expression and the value the TCK expects, as it prints it.
/// </summary>
public sealed class TemporalFunctionCaseTests
{
    private static readonly TemporalContext Context = new(new DateTimeOffset(2024, 5, 6, 7, 8, 9, 123, TimeSpan.Zero));

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        var path = Path.Combine(AppContext.BaseDirectory, "Temporal", "function-cases.txt");
        foreach (var line in File.ReadLines(path))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            var first = trimmed.IndexOf('|', StringComparison.Ordinal);
            var last = trimmed.LastIndexOf('|');
            data.Add(trimmed[..first].Trim(), trimmed[(first + 1)..last].Trim(), trimmed[(last + 1)..].Trim());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Temporal_expression_gives_the_value_the_TCK_expects(string source, string expression, string expected)
    {
        // Act
        var value = TemporalExpression.Evaluate(expression, Context);

        // Assert
        var printed = value is null or long ? CypherValues.ToLiteral(value) : $"'{value}'";
        Assert.True(expected == printed, $"{source}: {expression} gave {printed}, expected {expected}.");
    }
}
