using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Syntax;

/// <summary>The TCK's queries, read once for every test that walks them (empty when the TCK is absent).</summary>
public sealed class TckCorpusFixture
{
    public TckCorpusFixture()
    {
        FeaturesDirectory = TckQueryCorpus.FindFeaturesDirectory();
        Queries = FeaturesDirectory is null ? [] : TckQueryCorpus.Load(FeaturesDirectory);
    }

    /// <summary>Where the feature files were found, or null.</summary>
    public string? FeaturesDirectory { get; }

    /// <summary>Every query under test, setup query and control query.</summary>
    public IReadOnlyList<TckQuery> Queries { get; }

    /// <summary>Skips the calling test with directions when the TCK is not on this machine.</summary>
    public void SkipWhenAbsent() => Assert.SkipWhen(FeaturesDirectory is null, TckQueryCorpus.MissingMessage);
}

[CollectionDefinition(Name)]
public sealed class TckCorpusCollection : ICollectionFixture<TckCorpusFixture>
{
    public const string Name = "TCK corpus";
}
