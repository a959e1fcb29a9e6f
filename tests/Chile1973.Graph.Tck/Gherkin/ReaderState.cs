namespace Chile1973.Graph.Tck.Gherkin;

/// <summary>What <see cref="GherkinReader"/> has read so far: the open feature, scenario and step.</summary>
internal sealed class ReaderState(string source)
{
    private readonly List<GherkinStep> background = [];
    private readonly List<GherkinScenario> scenarios = [];
    private string? featureName;
    private IReadOnlyList<string> featureTags = [];
    private ScenarioBuilder? scenario;
    private bool inBackground;
    private bool inExamples;
    private List<IReadOnlyList<string>>? openTable;
    private string? lastPrimaryKeyword;

    public string Source { get; } = source;

    public List<string> PendingTags { get; } = [];

    public void StartFeature(string name)
    {
        if (featureName is not null)
        {
            throw Error(0, "a file holds one Feature.");
        }

        featureName = name;
        featureTags = TakeTags();
        openTable = null;
    }

    public void StartBackground(int line)
    {
        RequireFeature(line);
        CloseScenario();
        inBackground = true;
        lastPrimaryKeyword = null;
    }

    public void StartScenario(string name, int line)
    {
        RequireFeature(line);
        CloseScenario();
        inBackground = false;
        scenario = new ScenarioBuilder(name, featureTags.Concat(TakeTags()).ToList(), line);

        // A scenario may open with And: it continues the Background's last step (Match5 [25]).
        lastPrimaryKeyword = background.Count > 0 ? background[^1].Keyword : null;
    }

    public void StartExamples(int line)
    {
        if (scenario is null)
        {
            throw Error(line, "Examples: outside a Scenario Outline.");
        }

        if (scenario.Examples is not null)
        {
            throw Error(line, "only one Examples: table per Scenario Outline is supported.");
        }

        PendingTags.Clear();
        inExamples = true;
        scenario.Examples = [];
        openTable = scenario.Examples;
    }

    public void AddStep(string keyword, string text, int line)
    {
        if (!inBackground && scenario is null)
        {
            throw Error(line, "a step outside any Background or Scenario.");
        }

        if (inExamples)
        {
            throw Error(line, "a step after Examples:.");
        }

        if (keyword is "And" or "But" or "*")
        {
            keyword = lastPrimaryKeyword ?? throw Error(line, $"'{keyword}' must follow a Given, When or Then step.");
        }

        lastPrimaryKeyword = keyword;
        Steps.Add(new GherkinStep(keyword, text, line));
        openTable = null;
    }

    public void AddTableRow(IReadOnlyList<string> cells, int line)
    {
        if (openTable is null)
        {
            if (inExamples || Steps.Count == 0)
            {
                throw Error(line, "a table row that belongs to no step or Examples:.");
            }

            var last = Steps[^1];
            if (last.Table is not null || last.DocString is not null)
            {
                throw Error(line, "a step takes one table or doc string.");
            }

            openTable = [];
            Steps[^1] = last with { Table = new GherkinTable(openTable) };
        }

        if (openTable.Count > 0 && openTable[0].Count != cells.Count)
        {
            throw Error(line, $"the row has {cells.Count} cells but the table has {openTable[0].Count} columns.");
        }

        openTable.Add(cells);
    }

    public void AttachDocString(string content, int line)
    {
        if (inExamples || Steps.Count == 0 || Steps[^1].DocString is not null || Steps[^1].Table is not null)
        {
            throw Error(line, "a doc string must follow a step that has no other argument.");
        }

        Steps[^1] = Steps[^1] with { DocString = content };
    }

    public void AddDescription(int line)
    {
        if (Steps.Count > 0 && !inExamples && (inBackground || scenario is not null))
        {
            throw Error(line, "expected a step, a table, a doc string or a new section.");
        }
    }

    public GherkinFeature Finish()
    {
        CloseScenario();
        return new GherkinFeature(featureName ?? throw Error(0, "no Feature: found."), featureTags, background, scenarios);
    }

    private List<GherkinStep> Steps => inBackground ? background : scenario?.Steps ?? background;

    private void CloseScenario()
    {
        if (scenario is not null)
        {
            scenarios.Add(new GherkinScenario(
                scenario.Name,
                scenario.Tags,
                scenario.Steps,
                scenario.Line,
                scenario.Examples is null ? null : new GherkinTable(scenario.Examples)));
        }

        scenario = null;
        inExamples = false;
        openTable = null;
    }

    private void RequireFeature(int line)
    {
        if (featureName is null)
        {
            throw Error(line, "a section before Feature:.");
        }
    }

    private List<string> TakeTags()
    {
        var tags = PendingTags.ToList();
        PendingTags.Clear();
        return tags;
    }

    private FormatException Error(int line, string message) =>
        new(line > 0 ? $"{Source}:{line}: {message}" : $"{Source}: {message}");

    private sealed class ScenarioBuilder(string name, IReadOnlyList<string> tags, int line)
    {
        public string Name { get; } = name;

        public IReadOnlyList<string> Tags { get; } = tags;

        public int Line { get; } = line;

        public List<GherkinStep> Steps { get; } = [];

        public List<IReadOnlyList<string>>? Examples { get; set; }
    }
}
