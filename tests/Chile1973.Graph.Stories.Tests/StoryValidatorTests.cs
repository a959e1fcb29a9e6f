using Chile1973.Graph.Core.GraphFiles;
using Xunit;

namespace Chile1973.Graph.Stories.Tests;

public sealed class StoryValidatorTests
{
    private static readonly Lazy<(Core.Model.KnowledgeGraph Graph, SeedLibrary Seeds)> Article = new(() => (
        GraphDirectory.Load(RepositoryPaths.GraphDirectory(), RepositoryPaths.SeedsDirectory()),
        SeedLibrary.Load(RepositoryPaths.SeedsDirectory())));

    [Fact]
    public void The_stories_of_the_repository_validate_without_a_problem()
    {
        var files = StoryReader.ReadGraphStories(RepositoryPaths.GraphDirectory());

        var problems = StoryValidator.Validate(files, Article.Value.Graph, Article.Value.Seeds);

        Assert.Empty(problems.Select(p => p.ToString()));
        Assert.True(files.Count >= 3, "the article's three stories are there");
        Assert.All(files, f => Assert.True(f.Story!.Steps.Count >= 3, $"{f.Path} has too few steps"));
    }

    [Fact]
    public void The_three_stories_of_the_article_are_told_in_the_order_of_their_years()
    {
        var stories = StoryReader.ReadGraphStories(RepositoryPaths.GraphDirectory()).Select(f => f.Story!).ToDictionary(s => s.Id);

        Assert.Equal("The road to 11 September", stories["road-to-11-september"].Title);
        Assert.Contains(stories["workers-own-organisation"].Steps, s => s.Focus.Contains("cordones_industriales") || (s.Query ?? "").Contains("cordones_letter", StringComparison.Ordinal));
        Assert.Equal("october_2019_rebellion", stories["dictatorship-to-transition"].Steps[^1].Focus[0]);
        Assert.All(stories.Values, story =>
        {
            var years = story.Steps.Where(s => s.Date is not null).Select(s => Core.Model.PartialDate.Parse(s.Date!).Year).ToList();
            Assert.Equal(years.Order(), years);
        });
    }

    [Fact]
    public void Validate_names_file_line_and_field_of_every_problem_in_a_broken_story()
    {
        var file = StoryReader.Read("stories/broken.md", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "broken.md")));

        var problems = StoryValidator.Validate([file], Article.Value.Graph, Article.Value.Seeds).Select(p => p.ToString()).ToList();

        Assert.Contains("stories/broken.md:40: layout: unknown layout 'sideways': use neighbourhood, timeline or path", problems);
        Assert.Null(file.Story);
        var read = StoryReader.Read("stories/broken.md", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "broken.md")).Replace("sideways", "path", StringComparison.Ordinal));
        var all = StoryValidator.Validate([read], Article.Value.Graph, Article.Value.Seeds).Select(p => p.ToString()).ToList();
        Assert.Contains(all, p => p.StartsWith("stories/broken.md:14: query: SET would change the graph", StringComparison.Ordinal));
        Assert.Contains(all, p => p.StartsWith("stories/broken.md:29: query: ", StringComparison.Ordinal) && p.Contains("line 2, column 1", StringComparison.Ordinal));
        Assert.Contains("stories/broken.md:39: focus: no node has id 'nobody_here'", all);
        Assert.Contains(all, p => p.StartsWith("stories/broken.md:41: date: ", StringComparison.Ordinal));
        Assert.Contains("stories/broken.md:56: quote: quote not found verbatim in any seed", all);
        Assert.Equal(5, all.Count);
    }

    [Fact]
    public void A_story_without_front_matter_or_steps_is_a_problem_at_line_one()
    {
        var file = StoryReader.Read("stories/empty.md", "Just some text.\n");

        Assert.Equal(
            ["stories/empty.md:1: front matter: the story must begin with YAML front matter between '---' lines (title, summary)",
             "stories/empty.md:1: steps: the story has no step: start each step with a '## ' heading"],
            file.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Captions_show_markup_from_a_story_as_text_and_drop_script_links()
    {
        var file = StoryReader.Read("stories/hostile.md", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "hostile.md")));

        var step = file.Story!.Steps.Single();
        Assert.Equal("<img src=x onerror=alert(1)>", file.Story.Title);
        Assert.Contains("&lt;img src=x onerror=alert(3)&gt;", step.CaptionHtml, StringComparison.Ordinal);
        Assert.Contains("<em>emphasis</em>", step.CaptionHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", step.CaptionHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", step.CaptionHtml, StringComparison.Ordinal);
    }
}
