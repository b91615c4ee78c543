using System;
using System.Collections.Generic;
using System.Linq;
using ResponseCriteria.Recist11;
using ResponseCriteria.Responses;
using ResponseCriteria.Results;

namespace ResponseCriteria.Charts;

/// <summary>
/// Charts of a cohort's results: the waterfall of each patient's best change in target sum, the spider plot of the change
/// over time, and the swimmer plot of each patient's course with response, iUPD, iCPD or PD, and ongoing follow-up. Every
/// bar, line and marker names its patient on hover; bars and lines take the colour of the patient's best overall response.
/// </summary>
public static class CohortCharts
{
    private const double Width = 760, Left = 64, Right = 52, Top = 48;

    /// <summary>
    /// The waterfall: one bar per patient with a measured follow-up, its best (lowest) change of the target sum from baseline
    /// among fully measured assessments, ordered from the largest increase to the largest decrease, coloured by best overall
    /// response, with the −30% and +20% lines.
    /// </summary>
    /// <param name="results">The patients' results.</param>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is null.</exception>
    public static Chart Waterfall(IEnumerable<EvaluationResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var all = results.ToArray();
        var bars = all.Select(r => (Result: r, Best: BestChange(r))).Where(b => b.Best is not null).OrderByDescending(b => b.Best).ThenBy(b => b.Result.SeriesId, StringComparer.Ordinal).ToArray();
        var title = $"Best change in target sum from baseline ({bars.Length} patients)";
        const double height = 420;
        var svg = new Svg(Width, height, title, $"{bars.Length} of {all.Length} patients have a fully measured follow-up; {all.Length - bars.Length} not shown. " +
            string.Join("; ", bars.Select(b => $"{b.Result.SeriesId}: {Figures.Change(b.Best!.Value)}")));
        svg.Text(Left, 22, title, size: 14);
        var lo = Math.Min(-100, bars.Select(b => (double)b.Best!.Value).DefaultIfEmpty(0).Min());
        var hi = Math.Max(40, bars.Select(b => (double)b.Best!.Value).DefaultIfEmpty(0).Max());
        var y = new Scale(lo, hi, height - 70, Top, 7);
        var x = new Scale(0, Math.Max(1, bars.Length), Left, Width - Right, 2);
        Frame.Draw(svg, x, y, "patients (ordered by best change)", "best change from baseline (%)", _ => string.Empty, t => Svg.F(t) + "%");
        Thresholds(svg, x, y);
        var width = (x.To - x.From) / Math.Max(1, bars.Length);
        svg.Group("bars");
        for (var i = 0; i < bars.Length; i++)
        {
            var (r, best) = bars[i];
            var v = (double)best!.Value;
            var top = y.Map(Math.Max(0, v));
            var bottom = y.Map(Math.Min(0, v));
            var code = ResponseCodes.ToCode(r.BestOverallResponse.Response, r.Criteria);
            svg.Rect(x.From + (i * width) + (width * 0.1), top, width * 0.8, bottom - top, ResponseColours.Of(r.BestOverallResponse.Response), "bar", $"{r.SeriesId}: {Figures.Change(best.Value)}, best overall response {code}", Svg.F(v));
        }

        svg.End();
        CohortLegend(svg, height - 22, all);
        return new Chart(title, svg.ToString());
    }

    /// <summary>The spider plot: each patient's change of the target sum from baseline at every fully measured assessment.</summary>
    /// <param name="results">The patients' results.</param>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is null.</exception>
    public static Chart Spider(IEnumerable<EvaluationResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var all = results.ToArray();
        var lines = all.Select(r => (Result: r, Points: r.TimePoints.Where(t => t.Target.IsComplete && t.Target.ChangeFromBaselinePercent is not null)
            .Select(t => (Day: (double)t.DaysFromBaseline, Change: (double)t.Target.ChangeFromBaselinePercent!.Value)).ToArray())).Where(l => l.Points.Length > 0).ToArray();
        var title = $"Change in target sum from baseline over time ({lines.Length} patients)";
        const double height = 420;
        var svg = new Svg(Width, height, title, string.Join("; ", lines.Select(l => $"{l.Result.SeriesId}: " + string.Join(", ", l.Points.Select(p => $"day {Svg.F(p.Day)} {Figures.Change((decimal)p.Change)}")))));
        svg.Text(Left, 22, title, size: 14);
        var changes = lines.SelectMany(l => l.Points.Select(p => p.Change)).DefaultIfEmpty(0).ToArray();
        var y = new Scale(Math.Min(-100, changes.Min()), Math.Max(40, changes.Max()), height - 70, Top, 7);
        var x = new Scale(0, Math.Max(1, lines.SelectMany(l => l.Points.Select(p => p.Day)).DefaultIfEmpty(1).Max()), Left, Width - Right, 8);
        Frame.Draw(svg, x, y, "days from baseline", "change from baseline (%)", yLabel: t => Svg.F(t) + "%");
        Thresholds(svg, x, y);
        svg.Group("lines");
        foreach (var (r, points) in lines)
        {
            var colour = ResponseColours.Of(r.BestOverallResponse.Response);
            var path = points.Select(p => (x.Map(p.Day), y.Map(p.Change))).Prepend((x.Map(0), y.Map(0))).ToArray();
            var code = ResponseCodes.ToCode(r.BestOverallResponse.Response, r.Criteria);
            svg.Polyline(path, "sum", colour, title: $"{r.SeriesId}: best overall response {code}");
            foreach (var p in points)
            {
                svg.Circle(x.Map(p.Day), y.Map(p.Change), 3, colour, "point", $"{r.SeriesId} day {Svg.F(p.Day)}: {Figures.Change((decimal)p.Change)}", Svg.F(p.Change), colour);
            }
        }

        svg.End();
        CohortLegend(svg, height - 22, all);
        return new Chart(title, svg.ToString());
    }

    /// <summary>
    /// The swimmer plot: one bar per patient from baseline to the last assessment (longest first), coloured by best overall
    /// response, with the first response (▲), iUPD (◇), PD or iCPD (■) marked and an arrow when follow-up goes on without
    /// progression.
    /// </summary>
    /// <param name="results">The patients' results.</param>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is null.</exception>
    public static Chart Swimmer(IEnumerable<EvaluationResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var all = results.Where(r => r.TimePoints.Count > 0).OrderByDescending(r => r.TimePoints[^1].DaysFromBaseline).ThenBy(r => r.SeriesId, StringComparer.Ordinal).ToArray();
        var title = $"Time on study and response ({all.Length} patients)";
        const double row = 22;
        var height = Top + 80 + (all.Length * row);
        var svg = new Svg(Width, height, title, string.Join("; ", all.Select(Describe)));
        svg.Text(Left, 22, title, size: 14);
        var left = Math.Clamp(24 + (all.Select(r => (r.SeriesId ?? string.Empty).Length).DefaultIfEmpty(8).Max() * 6.5), 90, 300);
        var x = new Scale(0, Math.Max(1, all.Select(r => (double)r.TimePoints[^1].DaysFromBaseline).DefaultIfEmpty(1).Max()), left, Width - Right - 20, 8);
        var y = new Scale(0, Math.Max(1, all.Length), Top, Top + (all.Length * row), 2);
        svg.Group("axes");
        svg.Line(x.From, y.To, x.To, y.To, "axis");
        foreach (var t in x.Ticks)
        {
            svg.Line(x.Map(t), y.To, x.Map(t), y.To + 4, "axis");
            svg.Text(x.Map(t), y.To + 16, Svg.F(t), "middle", "muted");
        }

        svg.Text((x.From + x.To) / 2, y.To + 34, "days from baseline", "middle");
        svg.End();
        svg.Group("bars");
        for (var i = 0; i < all.Length; i++)
        {
            var r = all[i];
            var cy = Top + (i * row) + (row / 2);
            var end = r.TimePoints[^1].DaysFromBaseline;
            var code = ResponseCodes.ToCode(r.BestOverallResponse.Response, r.Criteria);
            svg.Text(left - 6, cy + 4, r.SeriesId ?? $"patient {i + 1}", "end");
            svg.Rect(x.Map(0), cy - 6, x.Map(end) - x.Map(0), 12, ResponseColours.Of(r.BestOverallResponse.Response), "bar", $"{r.SeriesId}: {end} days, best overall response {code}", Svg.F(end));
            if (r.BestOverallResponse.Date is { } responded && r.BestOverallResponse.Response is Response.CompleteResponse or Response.PartialResponse)
            {
                var d = NodaTime.Period.DaysBetween(r.BaselineDate, responded);
                svg.Path(PatientChart.Triangle(x.Map(d), cy), "#fff", "response", $"{r.SeriesId}: {code} from day {d}", Svg.F(d), "#222");
            }

            foreach (var (day, label) in PatientChart.Markers(r))
            {
                var px = x.Map(day);
                var shape = label == "iUPD"
                    ? $"M{Svg.F(px)},{Svg.F(cy - 7)} L{Svg.F(px + 7)},{Svg.F(cy)} L{Svg.F(px)},{Svg.F(cy + 7)} L{Svg.F(px - 7)},{Svg.F(cy)} Z"
                    : $"M{Svg.F(px - 5)},{Svg.F(cy - 5)} h10 v10 h-10 Z";
                svg.Path(shape, label == "iUPD" ? "#fff" : ResponseColours.Progression, label == "iUPD" ? "unconfirmed-progression" : "progression", $"{r.SeriesId}: {label} on day {day}", Svg.F(day), label == "iUPD" ? ResponseColours.UnconfirmedProgression : "#222");
            }

            if (r.ProgressionDate is null && r.UnconfirmedProgressionDate is null)
            {
                var px = x.Map(end);
                svg.Path($"M{Svg.F(px + 2)},{Svg.F(cy - 6)} L{Svg.F(px + 12)},{Svg.F(cy)} L{Svg.F(px + 2)},{Svg.F(cy + 6)} Z", "#222", "ongoing", $"{r.SeriesId}: no progression at the last assessment (day {end})");
            }
        }

        svg.End();
        var ly = height - 22;
        svg.Group("legend");
        svg.Path(PatientChart.Triangle(Left + 6, ly - 4), "#fff", stroke: "#222");
        svg.Text(Left + 16, ly, "response starts");
        svg.Path($"M{Svg.F(Left + 126)},{Svg.F(ly - 11)} L{Svg.F(Left + 133)},{Svg.F(ly - 4)} L{Svg.F(Left + 126)},{Svg.F(ly + 3)} L{Svg.F(Left + 119)},{Svg.F(ly - 4)} Z", "#fff", stroke: ResponseColours.UnconfirmedProgression);
        svg.Text(Left + 138, ly, "iUPD");
        svg.Path($"M{Svg.F(Left + 180)},{Svg.F(ly - 9)} h10 v10 h-10 Z", ResponseColours.Progression);
        svg.Text(Left + 196, ly, "PD / iCPD");
        svg.Path($"M{Svg.F(Left + 270)},{Svg.F(ly - 10)} L{Svg.F(Left + 280)},{Svg.F(ly - 4)} L{Svg.F(Left + 270)},{Svg.F(ly + 2)} Z", "#222");
        svg.Text(Left + 286, ly, "ongoing; bar colour: best overall response");
        svg.End();
        return new Chart(title, svg.ToString());
    }

    /// <summary>The lowest change from baseline among fully measured assessments, or null.</summary>
    internal static decimal? BestChange(EvaluationResult result)
        => result.TimePoints.Where(t => t.Target.IsComplete && t.Target.ChangeFromBaselinePercent is not null).Select(t => t.Target.ChangeFromBaselinePercent).Min();

    private static string Describe(EvaluationResult r)
        => $"{r.SeriesId}: {r.TimePoints[^1].DaysFromBaseline} days, {ResponseCodes.ToCode(r.BestOverallResponse.Response, r.Criteria)}{(r.ProgressionDate is { } pd ? $", progression {pd:uuuu-MM-dd}" : string.Empty)}";

    private static void Thresholds(Svg svg, Scale x, Scale y)
    {
        var pr = -(double)ResponseCriteria.Recist11.Thresholds.PartialResponseDecreasePercent;
        var pd = (double)ResponseCriteria.Recist11.Thresholds.ProgressionIncreasePercent;
        svg.Group("thresholds");
        svg.Line(x.From, y.Map(0), x.To, y.Map(0), "axis");
        svg.Line(x.From, y.Map(pr), x.To, y.Map(pr), "threshold", title: "−30%: partial response");
        svg.Text(x.To + 4, y.Map(pr) + 4, "−30%", cssClass: "muted");
        svg.Line(x.From, y.Map(pd), x.To, y.Map(pd), "threshold", title: "+20%: progression (from the nadir; drawn from baseline)");
        svg.Text(x.To + 4, y.Map(pd) + 4, "+20%", cssClass: "muted");
        svg.End();
    }

    /// <summary>A legend of the best overall responses the cohort has, with counts.</summary>
    private static void CohortLegend(Svg svg, double y, EvaluationResult[] results)
    {
        svg.Group("legend");
        var x = Left;
        foreach (var g in results.GroupBy(r => (r.BestOverallResponse.Response, r.Criteria)).OrderBy(g => -ResponseCodes.Rank(g.Key.Response)).ThenBy(g => g.Key.Criteria))
        {
            var label = $"{ResponseCodes.ToCode(g.Key.Response, g.Key.Criteria)} ({g.Count()})";
            svg.Rect(x, y - 10, 12, 12, ResponseColours.Of(g.Key.Response));
            svg.Text(x + 16, y, label);
            x += 28 + (label.Length * 7);
        }

        svg.End();
    }
}
