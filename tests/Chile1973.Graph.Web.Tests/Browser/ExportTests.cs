using System.Text.Json;
using System.Xml.Linq;
using Chile1973.Graph.Web.Tests.Article;
using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.Playwright;
using Microsoft.VisualBasic.FileIO;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Browser;

/// <summary>Each export of what is shown downloads, parses, holds what the canvas shows and names the article it comes from.</summary>
[Collection(ExplorerServerCollection.Name)]
public sealed class ExportTests(ExplorerServer server, BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private static readonly XNamespace GraphMl = "http://graphml.graphdrawing.org/xmlns";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private readonly ArticleFacts facts = ArticleFacts.Load();
    private IBrowserContext context = null!;
    private ExplorerPage explorer = null!;

    public async ValueTask InitializeAsync()
    {
        context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 }, BaseURL = server.BaseAddress.ToString(), AcceptDownloads = true });
        explorer = new ExplorerPage(await context.NewPageAsync());
        // The date hides the coup, so every export must leave out what the canvas does not show.
        await explorer.Page.GotoAsync($"/?node={facts.LinkNode}&date={facts.BeforeCoup}");
        await explorer.WaitForNodeAsync(facts.LinkNode);
        await explorer.WaitForLayoutAsync();
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();

    [Fact]
    public async Task The_GraphML_export_reads_back_with_its_keys_the_shown_nodes_and_edges_and_their_quotes()
    {
        var (nodes, edges) = await ShownAsync();

        var xml = XDocument.Parse(await DownloadAsync("GraphML (Gephi, yEd)", ".graphml"));

        var keys = xml.Root!.Elements(GraphMl + "key").ToDictionary(k => (string)k.Attribute("id")!, k => ((string)k.Attribute("for")!, (string)k.Attribute("attr.name")!));
        var graph = xml.Root.Element(GraphMl + "graph")!;
        Assert.Equal(nodes, graph.Elements(GraphMl + "node").Select(n => (string)n.Attribute("id")!).Order(StringComparer.Ordinal));
        Assert.Equal(edges, graph.Elements(GraphMl + "edge").Select(n => (string)n.Attribute("id")!).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(facts.CoupId, nodes);
        Assert.All(graph.Descendants(GraphMl + "data"), d => Assert.True(keys.ContainsKey((string)d.Attribute("key")!), $"undeclared key {d.Attribute("key")}"));
        Assert.All(graph.Elements(GraphMl + "edge"), e => Assert.Contains(e.Elements(GraphMl + "data"), d => keys[(string)d.Attribute("key")!] == ("edge", "quote") && d.Value.Length > 0));
        Assert.All(graph.Elements(GraphMl + "node"), n => Assert.Contains(n.Elements(GraphMl + "data"), d => keys[(string)d.Attribute("key")!] == ("node", "quote") && d.Value.Length > 0));
        Assert.Contains(facts.Author, graph.Elements(GraphMl + "data").Single().Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_CSV_export_round_trips_every_shown_element_with_its_quote_and_source()
    {
        var (nodes, edges) = await ShownAsync();
        var quote = await explorer.Page.EvaluateAsync<string>("async id => (await window.explorer.nodeDetails(id)).quote", facts.LinkNode);

        var text = await DownloadAsync("CSV (nodes, edges, quotes)", ".csv");

        using var parser = new TextFieldParser(new StringReader(text)) { HasFieldsEnclosedInQuotes = true, TextFieldType = FieldType.Delimited };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var rows = new List<Dictionary<string, string>>();
        while (!parser.EndOfData)
        {
            var fields = parser.ReadFields()!;
            Assert.Equal(header.Length, fields.Length);
            rows.Add(header.Zip(fields).ToDictionary(p => p.First, p => p.Second));
        }

        Assert.Equal(nodes, rows.Where(r => r["group"] == "node").Select(r => r["id"]).Order(StringComparer.Ordinal));
        Assert.Equal(edges, rows.Where(r => r["group"] == "edge").Select(r => r["id"]).Order(StringComparer.Ordinal));
        Assert.Equal(quote, rows.Single(r => r["id"] == facts.LinkNode)["quote"]);
        Assert.All(rows, r => Assert.Contains(facts.Author, r["attribution"], StringComparison.Ordinal));
        Assert.All(rows.Where(r => r["group"] == "edge"), r => Assert.True(nodes.Contains(r["source"]) && nodes.Contains(r["target"])));
    }

    [Fact]
    public async Task The_SVG_export_is_well_formed_with_a_shape_per_shown_node_and_the_attribution()
    {
        var (nodes, edges) = await ShownAsync();

        var svg = XDocument.Parse(await DownloadAsync("SVG drawing", ".svg"));

        Assert.Equal(Svg + "svg", svg.Root!.Name);
        Assert.Equal(nodes, svg.Root.Elements().Where(e => (string?)e.Attribute("class") == "node").Select(e => (string)e.Attribute("data-id")!).Order(StringComparer.Ordinal));
        Assert.Equal(edges.Count, svg.Root.Elements(Svg + "line").Count());
        Assert.Contains(facts.Author, svg.Root.Element(Svg + "desc")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_JSON_export_holds_the_shown_Cytoscape_elements_and_the_attribution()
    {
        var (nodes, edges) = await ShownAsync();

        using var json = JsonDocument.Parse(await DownloadAsync("JSON (Cytoscape elements)", ".json"));

        var elements = json.RootElement.GetProperty("elements").EnumerateArray().ToList();
        Assert.Equal(nodes, elements.Where(e => e.GetProperty("group").GetString() == "nodes").Select(e => e.GetProperty("data").GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(edges, elements.Where(e => e.GetProperty("group").GetString() == "edges").Select(e => e.GetProperty("data").GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        Assert.Contains(facts.Author, json.RootElement.GetProperty("attribution").GetString(), StringComparison.Ordinal);
        Assert.Equal(facts.BeforeCoup, json.RootElement.GetProperty("date").GetString());
    }

    [Fact]
    public async Task The_PNG_export_at_twice_the_scale_is_twice_as_wide_and_carries_a_credit_strip()
    {
        await OpenMenuAsync();
        await explorer.Page.GetByRole(AriaRole.Combobox, new() { Name = "PNG scale" }).SelectOptionAsync("1");
        var single = await DownloadBytesAsync("PNG image", "@1x.png");
        await OpenMenuAsync();
        await explorer.Page.GetByRole(AriaRole.Combobox, new() { Name = "PNG scale" }).SelectOptionAsync("2");
        var twice = await DownloadBytesAsync("PNG image", "@2x.png");

        var (w1, h1) = PngSize(single);
        var (w2, h2) = PngSize(twice);
        // Labels are measured in the font size of each scale, and text does not widen exactly in proportion (hinting),
        // so the picture's bounds, which include the outermost labels, may differ from twice by a few pixels per label.
        Assert.InRange(w2, 2 * w1 * 0.97, 2 * w1 * 1.03);
        Assert.InRange(h2, 2 * h1 * 0.97, 2 * h1 * 1.03);
        var graphHeight = await explorer.Page.EvaluateAsync<int>("async () => (await createImageBitmap(await window.explorer.graph.cy.png({ output: 'blob-promise', full: true, scale: 1 }))).height");
        Assert.True(h1 > graphHeight, $"the image ({h1} px) is taller than the graph's ({graphHeight} px): it carries the credit strip");
    }

    private static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    private async Task<(List<string> Nodes, List<string> Edges)> ShownAsync()
    {
        var nodes = await explorer.Page.EvaluateAsync<string[]>("() => window.explorer.graph.drawn().nodes().map(n => n.id())");
        var edges = await explorer.Page.EvaluateAsync<string[]>("() => window.explorer.graph.drawn().edges().map(e => e.id())");
        Assert.NotEmpty(edges);
        return ([.. nodes.Order(StringComparer.Ordinal)], [.. edges.Order(StringComparer.Ordinal)]);
    }

    private Task OpenMenuAsync() => explorer.Page.Locator("#export-menu summary").ClickAsync();

    private async Task<string> DownloadAsync(string button, string suffix) =>
        System.Text.Encoding.UTF8.GetString(await DownloadBytesAsync(button, suffix, open: true));

    private async Task<byte[]> DownloadBytesAsync(string button, string suffix, bool open = false)
    {
        if (open)
        {
            await OpenMenuAsync();
        }

        // A picture of the whole graph includes the labels drawn, which change while the view still moves.
        await explorer.WaitForLayoutAsync();
        var download = await explorer.Page.RunAndWaitForDownloadAsync(() => explorer.Page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync());
        Assert.EndsWith(suffix, download.SuggestedFilename, StringComparison.Ordinal);
        await using var stream = await download.CreateReadStreamAsync();
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory);
        return memory.ToArray();
    }
}
