using System.Linq;
using ResponseCriteria.Responses;
using Xunit;

namespace ResponseCriteria.Charts.Tests;

public sealed class PatientChartTest
{
    /// <summary>The seed case tells its story: PR, then iUPD on the new lung nodule while the targets keep shrinking, then iCPD.</summary>
    [Fact]
    public void Render_SeedCase_ShowsPartialResponseThenUnconfirmedThenConfirmedProgression()
    {
        var svg = Samples.Parse(PatientChart.Render(Samples.Seed));
        var calls = Samples.In(svg, "target-sum").Where(e => ((string?)e.Attribute("class"))?.StartsWith("call", System.StringComparison.Ordinal) == true).ToArray();

        Assert.Equal(["iPR", "iUPD", "iCPD", "iCPD"], calls.Select(c => (string)c.Attribute("data-value")!));
        Assert.Equal([ResponseColours.Partial, ResponseColours.UnconfirmedProgression, ResponseColours.Progression, ResponseColours.Progression], calls.Select(c => (string)c.Attribute("fill")!));
        var sums = calls.Select(c => Samples.D(c, "cy")).ToArray();
        Assert.True(sums.Zip(sums.Skip(1)).All(p => p.Second >= p.First - 0.01), "the target sum never grows (y grows downwards)");
        Assert.Equal(["iUPD", "iCPD"], Samples.In(svg, "progression").Where(e => e.Name.LocalName == "text").Select(t => t.Value));
        Assert.NotEmpty(Samples.In(svg, "new-lesion-sum"));
        Assert.Equal(3, Samples.In(svg, "target-sum").Count(e => (string?)e.Attribute("class") == "new-lesion"));
    }

    /// <summary>Every call is drawn at its day and sum on the chart's axes, and its hover text is the time point's explanation.</summary>
    [Fact]
    public void Render_SeedCase_PointsAtTheirDaysAndSums()
    {
        var result = Samples.Seed;
        var svg = Samples.Parse(PatientChart.Render(result));
        var calls = Samples.In(svg, "target-sum").Where(e => ((string?)e.Attribute("class"))?.StartsWith("call", System.StringComparison.Ordinal) == true).ToArray();
        var tps = result.TimePoints;
        var x = new Scale(0, tps[^1].DaysFromBaseline, 64, 736, 8);

        Assert.Equal(tps.Count, calls.Length);
        for (var i = 0; i < tps.Count; i++)
        {
            Assert.Equal(x.Map(tps[i].DaysFromBaseline), Samples.D(calls[i], "cx"), 2);
            Assert.Contains(tps[i].Explanation, calls[i].Element(Samples.Ns + "title")!.Value, System.StringComparison.Ordinal);
        }

        var baseline = Samples.In(svg, "target-sum").Single(e => (string?)e.Attribute("class") == "baseline");
        var pr = Samples.In(svg, "thresholds").First(e => e.Name.LocalName == "line");
        var b = (double)tps[0].Target.BaselineSum!.Value;
        var zero = Samples.D(Samples.In(svg, "axes").First(e => e.Name.LocalName == "line"), "y1");
        Assert.Equal(0.7, (zero - Samples.D(pr, "y1")) / (zero - Samples.D(baseline, "cy")), 2); // the PR line is at 70% of the baseline sum
    }

    [Fact]
    public void Render_Recist11Progression_OneProgressionLine()
    {
        var result = Samples.Conformance(Criteria.Recist11).First(r => r.ProgressionDate is not null);

        var svg = Samples.Parse(PatientChart.Render(result));

        Assert.Equal(["PD"], Samples.In(svg, "progression").Where(e => e.Name.LocalName == "text").Select(t => t.Value));
    }

    [Fact]
    public void Render_SeedCase_AsReviewed()
        => Samples.Golden("seed-case.svg", PatientChart.Render(Samples.Seed).ToSvg());

    /// <summary>The README's picture is the chart the code draws today (docs/examples/seed-chart.cs wrote it).</summary>
    [Fact]
    public void Render_SeedCase_DocsImageIsCurrent()
        => Assert.Equal(
            System.IO.File.ReadAllText(System.IO.Path.Combine(ResponseCriteria.Cases.Tests.Repository.Root, "docs", "images", "seed-case.svg")),
            PatientChart.Render(Samples.Seed).ToSvg());

    [Fact]
    public void Render_Twice_SameBytes()
        => Assert.Equal(PatientChart.Render(Samples.Seed).ToSvg(), PatientChart.Render(Samples.Seed).ToSvg());

    [Fact]
    public void Render_Accessible_TitleDescriptionAndRole()
    {
        var svg = Samples.Parse(PatientChart.Render(Samples.Seed));

        Assert.Equal("img", (string?)svg.Root!.Attribute("role"));
        Assert.StartsWith("seed-case: target lesions over time (iRECIST)", svg.Root.Element(Samples.Ns + "title")!.Value, System.StringComparison.Ordinal);
        Assert.Contains("Baseline target sum", svg.Root.Element(Samples.Ns + "desc")!.Value, System.StringComparison.Ordinal);
        Assert.Contains(Samples.In(svg, "legend"), e => e.Value == "new lesion");
    }
}
