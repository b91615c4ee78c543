using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ResponseCriteria.Endpoints.Statistics;

namespace ResponseCriteria.Charts;

/// <summary>
/// Kaplan–Meier curves by arm: step curves with their pointwise confidence band, censoring ticks, the median drawn down to
/// the axis where reached, and the numbers at risk under the axis.
/// </summary>
public static class KaplanMeierChart
{
    private const double Width = 760, Left = 64, Right = 24, Top = 48;

    /// <summary>The colours of the arms in order (Okabe–Ito, beginning with black).</summary>
    public static IReadOnlyList<string> ArmColours { get; } = ["#000000", "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"];

    /// <summary>Draws the curves.</summary>
    /// <param name="title">The title (e.g. "Progression-free survival").</param>
    /// <param name="curves">Each arm's label and curve.</param>
    /// <param name="atRiskEveryDays">The spacing of the x ticks and of the numbers at risk (default 56 days).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="atRiskEveryDays"/> is not positive.</exception>
    public static Chart Render(string title, IReadOnlyList<(string Label, KaplanMeier Curve)> curves, int atRiskEveryDays = 56)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(curves);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(atRiskEveryDays);
        var height = 390 + (curves.Count * 34);
        var plotBottom = 300.0;
        var svg = new Svg(Width, height, title, string.Join("; ", curves.Select(c => $"{c.Label}: {c.Curve.Events} events in {c.Curve.Subjects}, median {Figures.Days(c.Curve.Median.Estimate)} days ({Figures.Days(c.Curve.Median.Lower)}–{Figures.Days(c.Curve.Median.Upper)})")));
        svg.Text(Left, 22, title, size: 14);
        var last = curves.SelectMany(c => c.Curve.Points).Select(p => p.Time).DefaultIfEmpty(1).Max();
        var ticks = Enumerable.Range(0, (int)(last / atRiskEveryDays) + 2).Select(i => (double)(i * atRiskEveryDays)).ToArray();
        var x = Scale.Exact(0, ticks[^1], Left + 60, Width - Right);
        var y = new Scale(0, 1, plotBottom, Top, 6);
        svg.Group("gridlines");
        foreach (var t in y.Ticks)
        {
            svg.Line(x.From, y.Map(t), x.To, y.Map(t), "grid");
        }

        svg.End();
        svg.Group("axes");
        foreach (var t in y.Ticks)
        {
            svg.Text(x.From - 6, y.Map(t) + 4, t.ToString("0.0", CultureInfo.InvariantCulture), "end", "muted");
        }

        svg.Line(x.From, y.From, x.To, y.From, "axis");
        svg.Line(x.From, y.From, x.From, y.To, "axis");
        foreach (var t in ticks)
        {
            svg.Line(x.Map(t), y.From, x.Map(t), y.From + 4, "axis");
            svg.Text(x.Map(t), y.From + 16, Svg.F(t), "middle", "muted");
        }

        svg.Text(x.To, y.From + 30, "days", "end");
        svg.Text(x.From - 40, (y.From + y.To) / 2, "probability without event", "middle", rotate: -90);
        svg.End();
        for (var i = 0; i < curves.Count; i++)
        {
            var (label, km) = curves[i];
            var colour = ArmColours[i % ArmColours.Count];
            svg.Group("arm", label);
            Band(svg, x, y, km, colour);
            svg.Polyline(Steps(km, p => p.Survival).Select(p => (x.Map(p.Time), y.Map(p.Value))).ToArray(), "sum", colour, title: $"{label}: {km.Events} events / {km.Subjects}");
            foreach (var p in km.Points.Where(p => p.Censored > 0))
            {
                var (cx, cy) = (x.Map(p.Time), y.Map(p.Survival));
                svg.Line(cx, cy - 5, cx, cy + 5, "censor", colour, $"{label}: {p.Censored} censored on day {Svg.F(p.Time)}");
            }

            if (km.Median.Estimate is { } median)
            {
                svg.Polyline([(x.From, y.Map(0.5)), (x.Map(median), y.Map(0.5)), (x.Map(median), y.From)], "threshold", colour, "2 3", $"{label}: median {Figures.Days(median)} days");
            }

            svg.End();
        }

        var atRiskTop = y.From + 64 + (curves.Count * 16);
        svg.Group("at-risk", "numbers at risk");
        svg.Text(Left - 50, atRiskTop, "at risk", cssClass: "label");
        for (var i = 0; i < curves.Count; i++)
        {
            var (label, km) = curves[i];
            var ry = atRiskTop + 18 + (i * 18);
            svg.Text(Left - 50, ry, label.Length > 16 ? label[..15] + "…" : label, fill: ArmColours[i % ArmColours.Count]);
            foreach (var t in ticks)
            {
                svg.Text(x.Map(t), ry, km.AtRisk(t).ToString(CultureInfo.InvariantCulture), "middle", "muted");
            }
        }

        svg.End();
        svg.Group("legend");
        var lx = x.From;
        for (var i = 0; i < curves.Count; i++)
        {
            var (label, km) = curves[i];
            var ly = y.From + 50 + (i * 16);
            var text = $"{label}: {km.Events} events / {km.Subjects}, median {Figures.Days(km.Median.Estimate)} days ({km.Level * 100:0}% CI {Figures.Days(km.Median.Lower)}–{Figures.Days(km.Median.Upper)})";
            svg.Line(lx, ly - 4, lx + 20, ly - 4, "sum", ArmColours[i % ArmColours.Count]);
            svg.Text(lx + 26, ly, text);
        }

        svg.End();
        return new Chart(title, svg.ToString());
    }

    /// <summary>A step curve from (0, 1) through every point: horizontal to the point's time, then down to its value.</summary>
    internal static IEnumerable<(double Time, double Value)> Steps(KaplanMeier km, Func<KaplanMeierPoint, double> value)
    {
        var current = 1.0;
        yield return (0, current);
        foreach (var p in km.Points)
        {
            var v = value(p);
            if (double.IsNaN(v))
            {
                continue;
            }

            yield return (p.Time, current);
            yield return (p.Time, v);
            current = v;
        }
    }

    private static void Band(Svg svg, Scale x, Scale y, KaplanMeier km, string colour)
    {
        var upper = Steps(km, p => p.Upper).Where(p => p.Time > 0 || p.Value < 1).ToArray();
        var lower = Steps(km, p => p.Lower).Where(p => p.Time > 0 || p.Value < 1).ToArray();
        if (upper.Length < 2 || lower.Length < 2)
        {
            return;
        }

        var polygon = upper.Select(p => (x.Map(p.Time), y.Map(p.Value))).Concat(Enumerable.Reverse(lower).Select(p => (x.Map(p.Time), y.Map(p.Value)))).ToArray();
        svg.Polygon(polygon, "band", colour, $"{km.Level * 100:0}% pointwise confidence band");
    }

}
