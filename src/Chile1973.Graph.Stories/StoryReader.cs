using System.Text;
using Ganss.Xss;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Chile1973.Graph.Core.GraphFiles;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Chile1973.Graph.Stories;

/// <summary>
/// Reads a story from Markdown: YAML front matter (<c>title</c>, <c>summary</c>), then one <c>## heading</c> per
/// step holding a <c>```step</c> block (YAML: <c>focus</c>, <c>layout</c>, <c>date</c>), an optional
/// <c>```cypher</c> block, the caption's paragraphs and a <c>&gt;</c> quote of the seed. Problems are collected
/// with their line, never thrown.
/// </summary>
public static class StoryReader
{
    /// <summary>The extension of story files.</summary>
    public const string Extension = ".md";

    private static readonly MarkdownPipeline StoryPipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePreciseSourceLocation().Build();

    // Raw HTML in a caption is shown as text; the sanitiser then drops what Markdown itself can smuggle (javascript: links).
    private static readonly MarkdownPipeline CaptionPipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    /// <summary>The folder of the graph directory that holds the stories.</summary>
    public const string Folder = "stories";

    /// <summary>Reads the stories of a graph directory (<c>graph/stories/*.md</c>), naming each file as <c>graph/stories/name.md</c>.</summary>
    public static IReadOnlyList<StoryFile> ReadGraphStories(string graphDirectory)
    {
        ArgumentNullException.ThrowIfNull(graphDirectory);
        var graphPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(graphDirectory));
        return ReadDirectory(Path.Combine(graphPath, Folder), Path.GetFileName(graphPath) + "/" + Folder);
    }

    /// <summary>Reads every <c>*.md</c> file of <paramref name="directory"/> in name order (none when it does not exist).</summary>
    public static IReadOnlyList<StoryFile> ReadDirectory(string directory, string? displayDirectory = null)
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(directory, "*" + Extension)
            .Order(StringComparer.Ordinal)
            .Select(path => Read((displayDirectory ?? directory) + "/" + Path.GetFileName(path), File.ReadAllText(path)))];
    }

    /// <summary>Reads one story; <paramref name="path"/> names it in problems and gives its id (the file name without extension).</summary>
    public static StoryFile Read(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        var problems = new List<GraphProblem>();
        var document = Markdown.Parse(text, StoryPipeline);
        var front = ReadFrontMatter(path, text, document, problems);
        var steps = new List<StoryStep>();
        var lines = new List<StepLines>();
        var sections = Sections(document);
        if (sections.Count == 0)
        {
            problems.Add(new GraphProblem(path, 1, "steps", "the story has no step: start each step with a '## ' heading"));
        }

        foreach (var (heading, blocks) in sections)
        {
            var (step, stepLines) = ReadStep(path, text, heading, blocks, problems);
            steps.Add(step);
            lines.Add(stepLines);
        }

        var id = Path.GetFileNameWithoutExtension(path);
        var story = front is { Title: { Length: > 0 } title, Summary: { Length: > 0 } summary } ? new Story(id, title, summary, steps) : null;
        return new StoryFile(path, problems.Count == 0 ? story : null, problems, lines);
    }

    private static FrontMatter? ReadFrontMatter(string path, string text, MarkdownDocument document, List<GraphProblem> problems)
    {
        if (document.FirstOrDefault() is not YamlFrontMatterBlock block)
        {
            problems.Add(new GraphProblem(path, 1, "front matter", "the story must begin with YAML front matter between '---' lines (title, summary)"));
            return null;
        }

        var front = ParseYaml<FrontMatter>(path, "front matter", YamlText(text, block), block.Line + 2, problems);
        if (front is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(front.Title))
        {
            problems.Add(new GraphProblem(path, block.Line + 1, "title", "the front matter has no title"));
        }

        if (string.IsNullOrWhiteSpace(front.Summary))
        {
            problems.Add(new GraphProblem(path, block.Line + 1, "summary", "the front matter has no summary"));
        }

        return front;
    }

    private static List<(HeadingBlock Heading, List<Block> Blocks)> Sections(MarkdownDocument document)
    {
        var sections = new List<(HeadingBlock, List<Block>)>();
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 2 } heading)
            {
                sections.Add((heading, []));
            }
            else if (sections.Count > 0)
            {
                sections[^1].Item2.Add(block);
            }
        }

        return sections;
    }

    private static (StoryStep Step, StepLines Lines) ReadStep(string path, string text, HeadingBlock heading, List<Block> blocks, List<GraphProblem> problems)
    {
        var headingLine = heading.Line + 1;
        var title = Slice(text, heading).TrimStart('#').Trim();
        StepSettings? settings = null;
        string? query = null;
        string? quote = null;
        int settingsLine = 0, queryLine = 0, quoteLine = 0;
        string settingsText = "";
        var caption = new StringBuilder();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case FencedCodeBlock { Info: "step" } fenced:
                    settingsLine = fenced.Line + 1;
                    settingsText = fenced.Lines.ToString();
                    settings = ParseYaml<StepSettings>(path, "step", settingsText, settingsLine + 1, problems) ?? new StepSettings();
                    break;
                case FencedCodeBlock { Info: "cypher" } fenced:
                    queryLine = fenced.Line + 2;
                    query = fenced.Lines.ToString().Trim();
                    break;
                case FencedCodeBlock fenced:
                    problems.Add(new GraphProblem(path, fenced.Line + 1, "step", $"a step holds '```step' and '```cypher' blocks, not '```{fenced.Info}'"));
                    break;
                case QuoteBlock quoted:
                    quoteLine = quoted.Line + 1;
                    quote = QuoteText(Slice(text, quoted));
                    break;
                default:
                    caption.Append(Slice(text, block)).Append("\n\n");
                    break;
            }
        }

        if (settings is null)
        {
            problems.Add(new GraphProblem(path, headingLine, "step", $"step '{title}' has no '```step' block (focus, layout, date)"));
            settings = new StepSettings();
        }

        var focus = settings.Focus ?? [];
        if (focus.Count == 0 && query is null)
        {
            problems.Add(new GraphProblem(path, settingsLine == 0 ? headingLine : settingsLine, "focus", $"step '{title}' has neither a focus nor a '```cypher' query"));
        }

        var layout = StoryLayout.Neighbourhood;
        if (settings.Layout is { } layoutName && !Enum.TryParse(layoutName, ignoreCase: true, out layout))
        {
            problems.Add(new GraphProblem(path, KeyLine(settingsText, settingsLine, "layout"), "layout", $"unknown layout '{layoutName}': use neighbourhood, timeline or path"));
        }

        var captionText = caption.ToString().Trim();
        if (captionText.Length == 0)
        {
            problems.Add(new GraphProblem(path, headingLine, "caption", $"step '{title}' has no caption"));
        }

        if (quote is null)
        {
            problems.Add(new GraphProblem(path, headingLine, "quote", $"step '{title}' has no '>' quote of the seed it rests on"));
        }

        var step = new StoryStep(title, query, focus, layout, settings.Date, captionText, CaptionHtml(captionText), quote ?? "");
        return (step, new StepLines(headingLine, queryLine, quoteLine, KeyLine(settingsText, settingsLine, "focus"), KeyLine(settingsText, settingsLine, "date")));
    }

    /// <summary>The caption as HTML safe to put in the page: raw HTML escaped, then sanitised.</summary>
    public static string CaptionHtml(string markdown)
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.Clear();
        sanitizer.AllowedTags.UnionWith(["p", "em", "strong", "a", "ul", "ol", "li", "code", "br"]);
        sanitizer.AllowedAttributes.Clear();
        sanitizer.AllowedAttributes.Add("href");
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https"]);
        return sanitizer.Sanitize(Markdown.ToHtml(markdown, CaptionPipeline)).Trim();
    }

    private static T? ParseYaml<T>(string path, string field, string yaml, int firstLine, List<GraphProblem> problems)
        where T : class, new()
    {
        try
        {
            return Yaml.Deserialize<T>(yaml) ?? new T();
        }
        catch (YamlException error)
        {
            var message = error.InnerException?.Message ?? error.Message;
            problems.Add(new GraphProblem(path, firstLine + (int)error.Start.Line - 1, field, message));
            return null;
        }
    }

    /// <summary>The line of <c>key:</c> in a settings block whose fence is at <paramref name="fenceLine"/>; the fence's line when the key is absent.</summary>
    private static int KeyLine(string settings, int fenceLine, string key)
    {
        var lines = settings.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimStart().StartsWith(key + ":", StringComparison.Ordinal))
            {
                return fenceLine + 1 + i;
            }
        }

        return fenceLine;
    }

    private static string YamlText(string text, YamlFrontMatterBlock block)
    {
        var lines = Slice(text, block).Split('\n');
        return string.Join('\n', lines.Where(l => l.TrimEnd() is not ("---" or "...")));
    }

    private static string QuoteText(string source) =>
        string.Join(' ', source.Split('\n').Select(l => l.TrimStart().TrimStart('>').Trim()).Where(l => l.Length > 0));

    private static string Slice(string text, Block block) => text.Substring(block.Span.Start, block.Span.Length);

    private sealed class FrontMatter
    {
        public string? Title { get; set; }

        public string? Summary { get; set; }
    }

    private sealed class StepSettings
    {
        public List<string>? Focus { get; set; }

        public string? Layout { get; set; }

        public string? Date { get; set; }
    }
}
