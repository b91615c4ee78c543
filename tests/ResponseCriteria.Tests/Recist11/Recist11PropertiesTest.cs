using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ResponseCriteria.Lesions;
using ResponseCriteria.Recist11;
using ResponseCriteria.Responses;
using ResponseCriteria.Results;
using ResponseCriteria.Series;

namespace ResponseCriteria.Tests.Recist11;

/// <summary>The laws of the RECIST 1.1 evaluator, checked on generated series.</summary>
public sealed class Recist11PropertiesTest
{
    private static readonly Recist11Evaluator Evaluator = new();

    private static string Summary(EvaluationResult r)
        => string.Join(",", r.TimePoints.Select(tp => tp.Response)) + $"|{r.UnconfirmedBestOverallResponse.Response}|{r.ConfirmedBestOverallResponse.Response}|{r.ProgressionDate}";

    [Property(MaxTest = 300)]
    public Property Evaluate_LesionOrderReversedOrRotated_SameCalls()
        => Prop.ForAll(SeriesGenerators.Plausible().ToArbitrary(), series =>
        {
            var expected = Summary(Evaluator.Evaluate(series));
            var reversed = series.WithLesions(series.Lesions.Reverse());
            var rotated = series.WithLesions(series.Lesions.Skip(1).Concat(series.Lesions.Take(1)));
            return expected == Summary(Evaluator.Evaluate(reversed)) && expected == Summary(Evaluator.Evaluate(rotated));
        });

    /// <summary>Sums near a threshold: exactly on it, a hundredth or a billionth of a mm either side, or 10^-20 mm (beyond any double).</summary>
    private static readonly decimal[] Offsets = [0m, 0.01m, -0.01m, 0.000000001m, -0.000000001m, 0.00000000000000000001m, -0.00000000000000000001m];

    private static string Text(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Property(MaxTest = 300)]
    public Property Evaluate_SumNearMinus30Percent_PrExactlyAsTheDecimalRule()
        => Prop.ForAll(Gen.Choose(1, 200_000).ToArbitrary(), Gen.Elements(Offsets).ToArbitrary(), (hundredths, offset) =>
        {
            // Two targets, the second gone at follow-up: the sum is the first's size, d0 * 70 / 100 + offset.
            var first = hundredths / 100m;
            var d0 = first + 10m;
            var value = decimal.Max(0m, (d0 * 70m / 100m) + offset);
            var expected = value == 0m ? Response.CompleteResponse : value * 100m <= d0 * 70m ? Response.PartialResponse : Response.StableDisease;
            var result = Evaluator.Evaluate(new SeriesBuilder().Target("T1").Target("T2", "lung").At("2024-01-01", Text(first), "10").At("2024-02-26", Text(value), "0").Build());
            return (result.TimePoints[0].Target.Response == expected).Label($"d0 {d0}, sum {value}: expected {expected}, got {result.TimePoints[0].Target.Response}");
        });

    [Property(MaxTest = 300)]
    public Property Evaluate_SumNearPlus20PercentAndTheMinimum_PdExactlyAsTheDecimalRule()
        => Prop.ForAll(Gen.Choose(1, 200_000).ToArbitrary(), Gen.Elements(5m, 0m, 2.5m, 12m).ToArbitrary(), Gen.Elements(Offsets).SelectMany(o => Gen.Elements(true, false).SelectMany(p => Gen.Elements(true, false).Select(m => (o, p, m)))).ToArbitrary(), (hundredths, minimum, near) =>
        {
            // The nadir is the baseline sum n (T1 plus T2's 10 mm); the follow-up sits on the percent limit or the millimetre limit plus
            // the offset, with T2 measured (a complete sum) or not evaluable (PD from the measured targets alone, else NE).
            var (offset, onPercent, missing) = near;
            var n = (hundredths / 100m) + 10m;
            var sum = decimal.Max(10m, (onPercent ? n * 120m / 100m : n + minimum) + offset);
            var first = sum - (missing ? 0m : 10m);
            var pd = sum * 100m >= n * 120m && sum - n >= minimum;
            var expected = pd ? Response.ProgressiveDisease : missing ? Response.NotEvaluable : Response.StableDisease;
            var options = new Recist11Options { ProgressionMinimumIncreaseMillimetres = minimum };
            var result = new Recist11Evaluator(options).Evaluate(new SeriesBuilder().Target("T1").Target("T2", "lung").At("2024-01-01", Text(n - 10m), "10").At("2024-02-26", Text(first), missing ? "NE" : "10").Build());
            return (result.TimePoints[0].Target.Response == expected).Label($"nadir {n}, sum {sum} (+{minimum} mm, T2 missing {missing}): expected {expected}, got {result.TimePoints[0].Target.Response}");
        });

    /// <summary>Goodness of a single time point: CR 4, PR 3, SD and Non-CR/Non-PD 2, NE 1, PD 0.</summary>
    private static int Goodness(Response r) => r switch
    {
        Response.CompleteResponse => 4,
        Response.PartialResponse => 3,
        Response.StableDisease or Response.NonCompleteNonProgression => 2,
        Response.NotEvaluable => 1,
        _ => 0,
    };

    [Property(MaxTest = 300)]
    public Property Evaluate_FollowUpMeasurementGrows_CallNeverImproves()
    {
        var gen =
            from series in SeriesGenerators.Plausible()
            where series.FollowUps.Count > 0 && series.Lesions.Any(l => l.IsTarget)
            from k in Gen.Choose(0, series.FollowUps.Count - 1)
            from j in Gen.Choose(0, series.Lesions.Count(l => l.IsTarget) - 1)
            from growthTenths in Gen.Choose(1, 400)
            select (series, k, j, growth: growthTenths / 10m);
        return Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var (series, k, j, growth) = input;
            var id = series.Lesions.Where(l => l.IsTarget).ElementAt(j).Id;
            var before = series.FollowUps[k].Target(id);
            var grown = before.Kind switch
            {
                MeasurementKind.Measured => Measurement.FromMillimetres(before.Millimetres!.Value + growth),
                MeasurementKind.TooSmallToMeasure => Measurement.FromMillimetres(Thresholds.TooSmallToMeasureMillimetres + growth),
                _ => before,
            };
            var followUps = series.FollowUps.ToArray();
            followUps[k] = followUps[k].WithTarget(id, grown);
            var old = Evaluator.Evaluate(series).TimePoints[k].Response;
            var now = Evaluator.Evaluate(series.WithFollowUps(followUps)).TimePoints[k].Response;
            return (Goodness(now) <= Goodness(old)).Label($"{id} at follow-up {k}: {before} -> {grown}: {old} -> {now}");
        });
    }

    [Property(MaxTest = 300)]
    public Property Evaluate_Confirmation_NeverImprovesBestResponse()
        => Prop.ForAll(SeriesGenerators.Plausible().ToArbitrary(), series =>
        {
            var r = Evaluator.Evaluate(series);
            return ResponseCodes.Rank(r.ConfirmedBestOverallResponse.Response) <= ResponseCodes.Rank(r.UnconfirmedBestOverallResponse.Response);
        });

    [Property(MaxTest = 300)]
    public Property Evaluate_AnySeries_NeverThrowsAndCallsEveryFollowUp()
        => Prop.ForAll(SeriesGenerators.Nonsense().ToArbitrary(), series =>
        {
            var r = Evaluator.Evaluate(series);
            var options = new Recist11Evaluator(new Recist11Options { Confirmation = true, ContinuedResponse = true, BackdateEquivocalNewLesions = false });
            var r2 = options.Evaluate(series);
            return r.TimePoints.Count == series.FollowUps.Count && r2.TimePoints.Count == series.FollowUps.Count
                   && r.TimePoints.All(tp => tp.Explanation.Length > 0);
        });

    [Property(MaxTest = 200)]
    public Property Evaluate_AfterFirstProgression_EveryLaterCallIsPd()
        => Prop.ForAll(SeriesGenerators.Plausible().ToArbitrary(), series =>
        {
            var calls = Evaluator.Evaluate(series).TimePoints.Select(tp => tp.Response).ToList();
            var first = calls.IndexOf(Response.ProgressiveDisease);
            return first < 0 || calls.Skip(first).All(c => c == Response.ProgressiveDisease);
        });
}
