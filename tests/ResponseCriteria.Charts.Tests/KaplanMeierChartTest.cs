using System.Globalization;
using System.Linq;
using ResponseCriteria.Endpoints.Statistics;
using Xunit;

namespace ResponseCriteria.Charts.Tests;

public sealed class KaplanMeierChartTest
{
    private static readonly KaplanMeier A = KaplanMeier.Estimate([(10, true), (20, false), (30, true), (40, true), (60, false), (70, true)]);
    private static readonly KaplanMeier B = KaplanMeier.Estimate([(15, true), (25, false), (80, false), (90, false)]);

    [Fact]
    public void Render_TwoArms_StepCurvesCensorTicksAndMedian()
    {
        var svg = Samples.Parse(KaplanMeierChart.Render("PFS", [("A", A), ("B", B)], 28));
        var arms = svg.Descendants(Samples.Ns + "g").Where(g => (string?)g.Attribute("class") == "arm").ToArray();

        Assert.Equal(2, arms.Length);
        var curve = arms[0].Elements(Samples.Ns + "polyline").First();
        Assert.Equal(1 + (2 * A.Points.Count), ((string)curve.Attribute("points")!).Split(' ').Length);
        Assert.Equal(A.Points.Count(p => p.Censored > 0), arms[0].Elements(Samples.Ns + "line").Count(l => (string?)l.Attribute("class") == "censor"));
        Assert.Contains(arms[0].Elements(Samples.Ns + "polyline"), p => p.Element(Samples.Ns + "title")!.Value == "A: median 40 days");
        Assert.DoesNotContain(arms[1].Elements(Samples.Ns + "polyline"), p => p.Element(Samples.Ns + "title")!.Value.Contains("median", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Render_TwoArms_NumbersAtRiskUnderEachTick()
    {
        var svg = Samples.Parse(KaplanMeierChart.Render("PFS", [("A", A), ("B", B)], 28));
        var counts = Samples.In(svg, "at-risk").Where(t => (string?)t.Attribute("class") == "muted").Select(t => int.Parse(t.Value, CultureInfo.InvariantCulture)).ToArray();
        int[] ticks = [0, 28, 56, 84, 112];

        Assert.Equal(ticks.Select(t => A.AtRisk(t)).Concat(ticks.Select(t => B.AtRisk(t))), counts);
    }

    [Fact]
    public void Render_TwoArms_AsReviewed()
        => Samples.Golden("kaplan-meier.svg", KaplanMeierChart.Render("Progression-free survival", [("A", A), ("B", B)], 28).ToSvg());
}
