using System;
using System.Collections.Generic;
using System.Linq;
using ResponseCriteria.Recist11;
using ResponseCriteria.Responses;
using ResponseCriteria.Results;

namespace ResponseCriteria.Charts;

/// <summary>
/// One patient's course: the target sum at baseline and each assessment, the −30% response line and the stepwise
/// progression line (+20% and the minimum increase over the nadir), the nadir, each time point's call in its colour, new
/// lesions (and under iRECIST the new-lesion target sum), and progression (PD; iUPD and iCPD) marked. Every point has the
/// time point's explanation as its hover text.
/// </summary>
public static class PatientChart
{
    private const double Width = 760, Height = 420, Left = 64, Right = 24, Top = 48, Bottom = 96;

    /// <summary>Draws the chart.</summary>
    /// <param name="result">The patient's result.</param>
    /// <param name="options">The options the result was evaluated with, for the thresholds drawn; null for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static Chart Render(EvaluationResult result, Recist11Options? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        options ??= Recist11Options.Default;
        var criteria = ResponseCodes.CriteriaName(result.Criteria);
        var id = result.SeriesId ?? "patient";
        var title = $"{id}: target lesions over time ({criteria}), best overall response {ResponseCodes.ToCode(result.BestOverallResponse.Response, result.Criteria)}";
        var tps = result.TimePoints;
        var baseline = tps.Count > 0 ? tps[0].Target.BaselineSum : null;
        var svg = new Svg(Width, Height, title, Describe(result, baseline));
        svg.Text(Left, 22, title, cssClass: "label", size: 14);
        if (baseline is null)
        {
            svg.Text(Width / 2, Height / 2, tps.Count == 0 ? "no follow-up assessment" : "no target lesions: nothing to plot", "middle", "muted");
            return new Chart(title, svg.ToString());
        }

        var b = (double)baseline.Value;
        var minimum = (double)options.ProgressionMinimumIncreaseMillimetres;
        var threshold = 1 + ((double)Thresholds.ProgressionIncreasePercent / 100);
        double Pd(TargetResult t) => t.Nadir is { } n ? Math.Max((double)n * threshold, (double)n + minimum) : double.NaN;
        var sums = tps.Where(t => t.Target.Sum is not null && t.Target.IsComplete).Select(t => (double)t.Target.Sum!.Value);
        var nlt = tps.Select(t => t.IRecist?.NewLesionTargetSum is { } s ? (double)s : 0).ToArray();
        var yMax = new[] { b, sums.DefaultIfEmpty(0).Max(), tps.Select(t => Pd(t.Target)).Where(double.IsFinite).DefaultIfEmpty(0).Max(), nlt.DefaultIfEmpty(0).Max() }.Max() * 1.1;
        var xMax = Math.Max(1, tps[^1].DaysFromBaseline);
        var x = new Scale(0, xMax, Left, Width - Right, 8);
        var y = new Scale(0, yMax, Height - Bottom, Top, 6);
        Frame.Draw(svg, x, y, "days from baseline", "sum of diameters (mm)");

        // Thresholds: PR from baseline; PD from the nadir before each assessment (a step line).
        var pr = b * (1 - ((double)Thresholds.PartialResponseDecreasePercent / 100));
        svg.Group("thresholds");
        svg.Line(x.Map(0), y.Map(pr), x.Map(xMax), y.Map(pr), "threshold", title: $"PR: sum at most {Svg.F(pr)} mm (−30% from baseline {Svg.F(b)} mm)");
        svg.Text(x.Map(0) + 4, y.Map(pr) + 14, "−30% from baseline (PR)", cssClass: "muted");
        var steps = new List<(double, double)>();
        var previous = 0;
        foreach (var t in tps)
        {
            var level = Pd(t.Target);
            if (double.IsFinite(level))
            {
                steps.Add((x.Map(previous), y.Map(level)));
                steps.Add((x.Map(t.DaysFromBaseline), y.Map(level)));
            }

            previous = t.DaysFromBaseline;
        }

        if (steps.Count > 0)
        {
            svg.Polyline(steps.ToArray(), "threshold", title: $"PD: sum at least +20% and +{Svg.F(minimum)} mm over the nadir before each assessment");
            svg.Text(steps[0].Item1 + 4, steps[0].Item2 - 6, $"+20% and +{Svg.F(minimum)} mm over nadir (PD)", cssClass: "muted");
        }

        svg.End();

        // Progression markers: PD, or iUPD and iCPD, as vertical lines.
        svg.Group("progression");
        foreach (var (day, label) in Markers(result))
        {
            svg.Line(x.Map(day), y.Map(y.Max), x.Map(day), y.Map(0), "threshold", ResponseColours.Progression, $"{label} on day {day}");
            svg.Text(x.Map(day) + 3, Top + 30, label, fill: ResponseColours.Of(label));
        }

        svg.End();

        // New-lesion target sum (iRECIST).
        if (nlt.Any(s => s > 0))
        {
            var points = tps.Select((t, i) => (x.Map(t.DaysFromBaseline), y.Map(nlt[i]))).Prepend((x.Map(0), y.Map(0))).ToArray();
            svg.Group("new-lesion-sum", "new-lesion target sum");
            svg.Polyline(points, "sum", ResponseColours.Progression, "6 3", "sum of the new measurable lesions (iRECIST NLT sum)");
            svg.End();
        }

        // The target sum and the calls.
        var line = new List<(double, double)> { (x.Map(0), y.Map(b)) };
        line.AddRange(tps.Where(t => t.Target.Sum is not null && t.Target.IsComplete).Select(t => (x.Map(t.DaysFromBaseline), y.Map((double)t.Target.Sum!.Value))));
        svg.Group("target-sum", "target sum");
        svg.Polyline(line.ToArray(), "sum", title: "sum of the target lesions' diameters");
        svg.Circle(x.Map(0), y.Map(b), 5, "#222", "baseline", $"baseline {result.BaselineDate:uuuu-MM-dd}: sum {Svg.F(b)} mm");
        svg.Text(x.Map(0) + 8, y.Map(b) - 8, "baseline", cssClass: "muted");
        var nadir = tps.Where(t => t.Target.Sum is not null && t.Target.IsComplete).MinBy(t => t.Target.Sum);
        foreach (var t in tps)
        {
            var code = ResponseCodes.ToCode(t.Response, result.Criteria);
            var colour = ResponseColours.Of(t.Response);
            var px = x.Map(t.DaysFromBaseline);
            var measured = t.Target.Sum is not null && t.Target.IsComplete;
            var py = measured ? y.Map((double)t.Target.Sum!.Value) : y.Map(0);
            var hover = $"{t.Date:uuuu-MM-dd} (day {t.DaysFromBaseline}): {(measured ? $"sum {Svg.F((double)t.Target.Sum!.Value)} mm, {Figures.Change(t.Target.ChangeFromBaselinePercent)} from baseline" : "targets not all measured")} — {code}: {t.Explanation}";
            // A time point whose targets were not all measured sits on the axis as an open circle: its call has no sum to show.
            svg.Circle(px, py, 6, measured ? colour : "#fff", measured ? "call" : "call unmeasured", hover, code, measured ? "#fff" : colour);
            svg.Text(px, py - 11, code, "middle", fill: colour);
            if (t.NewLesions.Lesions.Count > 0 || t.NewLesions.EquivocalLesions.Count > 0)
            {
                var names = string.Join(", ", t.NewLesions.Lesions.Concat(t.NewLesions.EquivocalLesions.Select(l => l + " (equivocal)")));
                svg.Path(Triangle(px, y.Map(y.Max) + 10), ResponseColours.Progression, "new-lesion", $"{t.Date:uuuu-MM-dd}: new lesion {names}", names);
            }
        }

        if (nadir is not null && nadir.Target.Sum < baseline)
        {
            svg.Text(x.Map(nadir.DaysFromBaseline), y.Map((double)nadir.Target.Sum!.Value) + 20, "nadir", "middle", "muted");
        }

        svg.End();
        Legend(svg, result.Criteria, nlt.Any(s => s > 0));
        return new Chart(title, svg.ToString());
    }

    /// <summary>The progression marks: the PD date, or under iRECIST the iUPD (the first of the run) and its iCPD.</summary>
    internal static IEnumerable<(int Day, string Label)> Markers(EvaluationResult result)
    {
        var baseline = result.BaselineDate;
        int Day(NodaTime.LocalDate date) => NodaTime.Period.DaysBetween(baseline, date);
        if (result.Criteria == Criteria.IRecist)
        {
            var first = result.ProgressionDate ?? result.UnconfirmedProgressionDate;
            if (first is { } iupd)
            {
                yield return (Day(iupd), "iUPD");
            }

            if (result.ProgressionConfirmationDate is { } icpd)
            {
                yield return (Day(icpd), "iCPD");
            }
        }
        else if (result.ProgressionDate is { } pd)
        {
            yield return (Day(pd), "PD");
        }
    }

    private static string Describe(EvaluationResult result, decimal? baseline)
    {
        var calls = string.Join(", ", result.TimePoints.Select(t => $"day {t.DaysFromBaseline} {ResponseCodes.ToCode(t.Response, result.Criteria)}{(t.Target.Sum is { } s && t.Target.IsComplete ? $" ({Svg.F((double)s)} mm)" : string.Empty)}"));
        return $"Baseline target sum {(baseline is { } b ? Svg.F((double)b) + " mm" : "none")}; {calls}. {result.BestOverallResponse.Explanation}";
    }

    internal static string Triangle(double x, double y) => $"M{Svg.F(x)},{Svg.F(y - 6)} L{Svg.F(x + 6)},{Svg.F(y + 5)} L{Svg.F(x - 6)},{Svg.F(y + 5)} Z";

    private static void Legend(Svg svg, Criteria criteria, bool newLesionSum)
    {
        var y = Height - 22;
        svg.Group("legend");
        svg.Line(Left, y - 4, Left + 24, y - 4, "sum");
        svg.Text(Left + 30, y, "target sum");
        svg.Line(Left + 110, y - 4, Left + 134, y - 4, "threshold");
        svg.Text(Left + 140, y, "thresholds");
        svg.Path(Triangle(Left + 232, y - 4), ResponseColours.Progression);
        svg.Text(Left + 242, y, "new lesion");
        var x = Left + 330.0;
        Response[] shown = criteria == Criteria.IRecist
            ? [Response.CompleteResponse, Response.PartialResponse, Response.StableDisease, Response.UnconfirmedProgression, Response.ConfirmedProgression, Response.NotEvaluable]
            : [Response.CompleteResponse, Response.PartialResponse, Response.StableDisease, Response.ProgressiveDisease, Response.NotEvaluable];
        foreach (var r in shown)
        {
            svg.Circle(x, y - 4, 5, ResponseColours.Of(r));
            var code = ResponseCodes.ToCode(r, criteria);
            svg.Text(x + 8, y, code);
            x += 22 + (code.Length * 8);
        }

        if (newLesionSum)
        {
            svg.Line(Left, y + 12, Left + 24, y + 12, "sum", ResponseColours.Progression);
            svg.Text(Left + 30, y + 16, "new-lesion target sum (NLT)");
        }

        svg.End();
    }
}
