using Chile1973.Graph.Web.Lenses;
using Chile1973.Graph.Core.GraphFiles;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Units;

public sealed class LensCategoriesTests
{
    [Fact]
    public void Lens_categories_are_declared_in_the_graph_vocabulary()
    {
        var declared = File.ReadLines(Path.Combine(RepositoryPaths.GraphDirectory(), "vocabulary", "categories.csv"))
            .Skip(1).Select(line => line.Split(',')[0]).ToHashSet(StringComparer.Ordinal);

        Assert.All(LensCategories.Chain.Concat(LensCategories.Influence), c => Assert.Contains(c, declared));
    }
}
