using System.Linq;
using ResponseCriteria.Responses;
using Xunit;

namespace ResponseCriteria.Charts.Tests;

public sealed class CohortChartsTest
{
    private static readonly ResponseCriteria.Results.EvaluationResult[] Cohort = Samples.Conformance(Criteria.IRecist).ToArray();

    [Fact]
    public void Waterfall_Cohort_OneBarPerMeasuredPatientLargestIncreaseFirstColouredByBestResponse()
    {
        var svg = Samples.Parse(CohortCharts.Waterfall(Cohort));
        var bars = Samples.In(svg, "bars").ToArray();
        var measured = Cohort.Where(r => CohortCharts.BestChange(r) is not null).ToArray();

        Assert.Equal(measured.Length, bars.Length);
        var values = bars.Select(b => Samples.D(b, "data-value")).ToArray();
        Assert.Equal(values.OrderByDescending(v => v), values);
        foreach (var bar in bars)
        {
            var patient = (string)bar.Element(Samples.Ns + "title")!.Value.Split(':')[0];
            var result = measured.Single(r => r.SeriesId == patient);
            Assert.Equal(ResponseColours.Of(result.BestOverallResponse.Response), (string)bar.Attribute("fill")!);
            Assert.Equal((double)System.Math.Round(CohortCharts.BestChange(result)!.Value, 2), Samples.D(bar, "data-value"), 2);
        }
    }

    [Fact]
    public void Waterfall_BarsStartAtZero_UpForGrowthDownForShrinkage()
    {
        var svg = Samples.Parse(CohortCharts.Waterfall(Cohort));
        var zero = Samples.In(svg, "thresholds").First();

        foreach (var bar in Samples.In(svg, "bars"))
        {
            var value = Samples.D(bar, "data-value");
            var edge = value < 0 ? Samples.D(bar, "y") : Samples.D(bar, "y") + Samples.D(bar, "height");
            Assert.Equal(Samples.D(zero, "y1"), edge, 1);
        }
    }

    [Fact]
    public void Spider_Cohort_OneLinePerMeasuredPatient()
    {
        var svg = Samples.Parse(CohortCharts.Spider(Cohort));

        Assert.Equal(Cohort.Count(r => CohortCharts.BestChange(r) is not null), Samples.In(svg, "lines").Count(e => e.Name.LocalName == "polyline"));
    }

    [Fact]
    public void Swimmer_Cohort_BarPerPatientArrowWhenNoProgressionAndMarkers()
    {
        var svg = Samples.Parse(CohortCharts.Swimmer(Cohort));
        var parts = Samples.In(svg, "bars").ToArray();

        Assert.Equal(Cohort.Length, parts.Count(e => (string?)e.Attribute("class") == "bar"));
        Assert.Equal(Cohort.Count(r => r.ProgressionDate is null && r.UnconfirmedProgressionDate is null), parts.Count(e => (string?)e.Attribute("class") == "ongoing"));
        Assert.Equal(Cohort.Count(r => r.ProgressionConfirmationDate is not null), parts.Count(e => (string?)e.Attribute("class") == "progression"));
    }

    [Fact]
    public void Charts_ConformanceCohort_AsReviewed()
    {
        Samples.Golden("waterfall.svg", CohortCharts.Waterfall(Cohort).ToSvg());
        Samples.Golden("spider.svg", CohortCharts.Spider(Cohort).ToSvg());
        Samples.Golden("swimmer.svg", CohortCharts.Swimmer(Cohort).ToSvg());
    }

    [Fact]
    public void Charts_NoPatients_DrawnEmpty()
    {
        Assert.Empty(Samples.In(Samples.Parse(CohortCharts.Waterfall([])), "bars"));
        Assert.Empty(Samples.In(Samples.Parse(CohortCharts.Swimmer([])), "bars"));
    }
}
