using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ResponseCriteria.IRecist;
using ResponseCriteria.Recist11;
using ResponseCriteria.Responses;
using ResponseCriteria.Results;

namespace ResponseCriteria.Tests.IRecist;

/// <summary>The laws of the iRECIST evaluator, checked on generated series.</summary>
public sealed class IRecistPropertiesTest
{
    private static readonly IRecistEvaluator Evaluator = new();
    private static readonly Recist11Evaluator Recist = new();

    [Property(MaxTest = 300)]
    public Property Evaluate_BeforeFirstRecistProgression_AgreesWithRecist()
        => Prop.ForAll(SeriesGenerators.Plausible().ToArbitrary(), series =>
        {
            var recist = Recist.Evaluate(series).TimePoints;
            var irecist = Evaluator.Evaluate(series).TimePoints;
            for (var i = 0; i < recist.Count && recist[i].Response != Response.ProgressiveDisease; i++)
            {
                if (recist[i].Response != irecist[i].Response)
                {
                    return false.Label($"follow-up {i}: RECIST {recist[i].Response}, iRECIST {irecist[i].Response}");
                }
            }

            return true.ToProperty();
        });

    [Property(MaxTest = 300)]
    public Property Evaluate_EveryICpd_PrecededByIUpd()
        => Prop.ForAll(SeriesGenerators.Plausible().ToArbitrary(), series =>
        {
            var calls = Evaluator.Evaluate(series).TimePoints.Select(tp => tp.Response).ToList();
            var first = calls.IndexOf(Response.ConfirmedProgression);
            return first < 0 || calls.Take(first).Contains(Response.UnconfirmedProgression);
        });

    [Property(MaxTest = 300)]
    public Property Evaluate_AfterReset_NextProgressionIsIUpd()
        => Prop.ForAll(SeriesGenerators.Plausible().ToArbitrary(), series =>
        {
            var points = Evaluator.Evaluate(series).TimePoints;
            for (var i = 0; i < points.Count; i++)
            {
                if (points[i].IRecist?.Transition != IRecistTransition.Reset)
                {
                    continue;
                }

                var next = points.Skip(i + 1).FirstOrDefault(tp => ResponseCodes.IsProgression(tp.Response));
                if (next is not null && next.Response != Response.UnconfirmedProgression)
                {
                    return false.Label($"reset on {points[i].Date}, then {next.Response} on {next.Date}");
                }
            }

            return true.ToProperty();
        });

    [Property(MaxTest = 300)]
    public Property Evaluate_AfterICpd_EveryLaterCallIsICpd()
        => Prop.ForAll(SeriesGenerators.Plausible().ToArbitrary(), series =>
        {
            var calls = Evaluator.Evaluate(series).TimePoints.Select(tp => tp.Response).ToList();
            var first = calls.IndexOf(Response.ConfirmedProgression);
            return first < 0 || calls.Skip(first).All(c => c == Response.ConfirmedProgression);
        });

    [Property(MaxTest = 300)]
    public Property Evaluate_Confirmation_NeverImprovesBestResponse()
        => Prop.ForAll(SeriesGenerators.Plausible().ToArbitrary(), series =>
        {
            var r = Evaluator.Evaluate(series);
            return ResponseCodes.Rank(r.ConfirmedBestOverallResponse.Response) <= ResponseCodes.Rank(r.UnconfirmedBestOverallResponse.Response);
        });

    [Property(MaxTest = 300)]
    public Property Evaluate_LesionOrderReversed_SameCalls()
        => Prop.ForAll(SeriesGenerators.Plausible().ToArbitrary(), series =>
        {
            static string Summary(EvaluationResult r)
                => string.Join(",", r.TimePoints.Select(tp => tp.Response)) + $"|{r.BestOverallResponse.Response}|{r.ProgressionDate}|{r.ProgressionConfirmationDate}";
            return Summary(Evaluator.Evaluate(series)) == Summary(Evaluator.Evaluate(series.WithLesions(series.Lesions.Reverse())));
        });

    [Property(MaxTest = 300)]
    public Property Evaluate_AnySeries_NeverThrows()
        => Prop.ForAll(SeriesGenerators.Nonsense().ToArbitrary(), series =>
        {
            var options = new IRecistOptions { ResetWhenTargetsShrinkAfterNewLesion = false, ExcludeEarlyScansFromNadir = true, Recist11 = new Recist11Options { Confirmation = true } };
            var a = Evaluator.Evaluate(series);
            var b = new IRecistEvaluator(options).Evaluate(series);
            return a.TimePoints.Count == series.FollowUps.Count && b.TimePoints.Count == series.FollowUps.Count;
        });
}
