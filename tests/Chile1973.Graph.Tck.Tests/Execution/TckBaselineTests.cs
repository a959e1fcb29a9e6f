using Chile1973.Graph.Tck.Reporting;
using Xunit;

namespace Chile1973.Graph.Tck.Tests.Execution;

public sealed class TckBaselineTests
{
    [Fact]
    public void Tighten_raises_passes_and_lowers_crashes_but_never_loosens()
    {
        var baseline = new TckBaseline(Passed: 100, Crashed: 3);

        Assert.Equal(new TckBaseline(120, 1), baseline.Tighten(new TckTally(Passed: 120, Failed: 5, Crashed: 1, Skipped: 0)));
        Assert.Equal(new TckBaseline(100, 3), baseline.Tighten(new TckTally(Passed: 90, Failed: 5, Crashed: 7, Skipped: 0)));
    }

    [Fact]
    public void Save_writes_a_file_that_Load_reads_back()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tck-baseline-{Guid.NewGuid():N}.json");
        try
        {
            new TckBaseline(2140, 0).Save(path);

            Assert.Equal(new TckBaseline(2140, 0), TckBaseline.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
