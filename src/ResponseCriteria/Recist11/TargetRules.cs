using System;
using System.Collections.Generic;
using NodaTime;
using ResponseCriteria.Lesions;
using ResponseCriteria.Responses;
using ResponseCriteria.Results;

// Stryker disable Linq : no LINQ is used here; the Linq mutator turns List.Count and properties named Sum or Any into calls that do not compile.
namespace ResponseCriteria.Recist11;

/// <summary>The target response of RECIST 1.1 [E09] (criteria §1.4, §1.7), shared by iRECIST.</summary>
internal static class TargetRules
{
    private static readonly string[] None = [];

    /// <summary>Whether <paramref name="sum"/> is PD over <paramref name="reference"/>: at least +20% and at least the minimum increase in mm (both inclusive).</summary>
    internal static bool IsProgression(decimal sum, decimal reference, Recist11Options options)
        => sum * 100m >= reference * (100m + Thresholds.ProgressionIncreasePercent)
           && sum - reference >= options.ProgressionMinimumIncreaseMillimetres;

    /// <summary>Whether <paramref name="sum"/> is at least 30% below <paramref name="baseline"/> (inclusive).</summary>
    internal static bool IsPartialResponse(decimal sum, decimal baseline)
        => sum * 100m <= baseline * (100m - Thresholds.PartialResponseDecreasePercent);

    /// <summary>Whether a target counts as gone for CR: a non-nodal target measured 0 mm, a node under 10 mm.</summary>
    internal static bool IsGone(Lesion lesion, Measurement measurement, decimal tooSmallToMeasure)
        => lesion.IsLymphNode
            ? measurement.ValueForSum(tooSmallToMeasure) < Thresholds.NormalNodeShortAxisMillimetres
            : measurement.Millimetres == 0m;

    /// <summary>
    /// The target response at one assessment.
    /// </summary>
    /// <param name="prepared">The series.</param>
    /// <param name="index">The follow-up.</param>
    /// <param name="reference">The sum growth is judged from (nadir or baseline), or null when the baseline is unusable.</param>
    /// <param name="referenceDate">The date of <paramref name="reference"/>.</param>
    /// <param name="afterCompleteResponse">Whether the last evaluable overall response was CR (reappearance is PD).</param>
    /// <param name="afterPartialResponse">Whether a PR or CR was called earlier (continued response).</param>
    /// <param name="options">The options.</param>
    /// <param name="completeSum">The sum when every target was evaluable (for the nadir), else null.</param>
    internal static TargetResult Evaluate(
        PreparedSeries prepared,
        int index,
        decimal? reference,
        LocalDate? referenceDate,
        bool afterCompleteResponse,
        bool afterPartialResponse,
        Recist11Options options,
        out decimal? completeSum)
    {
        completeSum = null;
        var targets = prepared.Targets;
        if (targets.Length == 0)
        {
            return new TargetResult(Response.NotApplicable, TargetRule.NoTargets, null, null, null, null, None, None);
        }

        var tstm = options.TooSmallToMeasureMillimetres;
        var sum = 0m;
        var evaluated = 0;
        var allGone = true;
        List<string>? missing = null;
        List<string>? reappeared = null;
        for (var k = 0; k < targets.Length; k++)
        {
            var target = targets[k];
            var m = prepared.Target(index, k);
            var value = m.ValueForSum(tstm);
            if (value.HasValue)
            {
                evaluated++;
                sum += value.Value;
                // Whether it is gone matters only while every target so far is (CR) or after a CR (reappearance).
                if ((allGone || afterCompleteResponse) && !IsGone(target, m, tstm))
                {
                    allGone = false;
                    if (afterCompleteResponse)
                    {
                        (reappeared ??= new List<string>()).Add(target.Id);
                    }
                }
            }
            else
            {
                (missing ??= new List<string>()).Add(target.Id);
                allGone = false;
            }
        }

        var missingIds = missing?.ToArray() ?? None;
        var reappearedIds = reappeared?.ToArray() ?? None;
        decimal? shownSum = evaluated > 0 ? sum : null;
        var baseline = prepared.BaselineSum;
        if (baseline is null || reference is null)
        {
            return new TargetResult(Response.NotEvaluable, TargetRule.BaselineNotEvaluable, shownSum, null, null, null, missingIds, reappearedIds);
        }

        var nadir = reference.Value;

        TargetResult Result(Response response, TargetRule rule)
            => new(response, rule, shownSum, baseline, nadir, referenceDate, missingIds, reappearedIds);

        if (reappearedIds.Length > 0 && options.ReappearanceAfterCompleteResponseIsProgression)
        {
            return Result(Response.ProgressiveDisease, TargetRule.ReappearanceAfterCompleteResponse);
        }

        if (missingIds.Length > 0)
        {
            return IsProgression(sum, nadir, options)
                ? Result(Response.ProgressiveDisease, TargetRule.ProgressionFromPartialSum)
                : Result(Response.NotEvaluable, TargetRule.NotEvaluable);
        }

        completeSum = sum;
        if (IsProgression(sum, nadir, options))
        {
            return Result(Response.ProgressiveDisease, TargetRule.Progression);
        }

        if (allGone)
        {
            return Result(Response.CompleteResponse, TargetRule.CompleteResponse);
        }

        if (IsPartialResponse(sum, baseline.Value))
        {
            return Result(Response.PartialResponse, TargetRule.PartialResponse);
        }

        return options.ContinuedResponse && afterPartialResponse
            ? Result(Response.PartialResponse, TargetRule.ContinuedResponse)
            : Result(Response.StableDisease, TargetRule.StableDisease);
    }

    /// <summary>A phrase for the explanation line.</summary>
    internal static string Describe(TargetResult t, Criteria criteria, Recist11Options options)
    {
        // Each figure is written only when the rule's text shows it (a text of a stable disease shows them all).
        var code = ResponseCodes.ToCode(t.Response, criteria);
        var sum = Explain.MmOrNone(t.Sum);
        string Baseline() => Explain.MmOrNone(t.BaselineSum);
        string FromBaseline() => Explain.PercentOrNone(t.ChangeFromBaselinePercent, -Thresholds.PartialResponseDecreasePercent);
        string OverNadir() => Explain.PercentOrNone(t.ChangeFromNadirPercent, Thresholds.ProgressionIncreasePercent);
        string OverNadirMm() => t.ChangeFromNadirMillimetres.HasValue ? Explain.SignedMm(t.ChangeFromNadirMillimetres.Value) : "n/a";
        string Nadir() => t.Nadir.HasValue ? $"{Explain.Mm(t.Nadir.Value)}{(t.NadirDate.HasValue ? $" of {Explain.Date(t.NadirDate.Value)}" : string.Empty)}" : "n/a";
        return t.Rule switch
        {
            TargetRule.NoTargets => "no target lesions",
            TargetRule.Progression => $"targets {code}: sum {sum} is {OverNadir()} and {OverNadirMm()} over the nadir {Nadir()} (PD needs >= +{Explain.Number(Thresholds.ProgressionIncreasePercent)}% and >= {Explain.SignedMm(options.ProgressionMinimumIncreaseMillimetres)})",
            TargetRule.ProgressionFromPartialSum => $"targets {code}: {Explain.Ids(t.NotEvaluableLesions)} not evaluable, but the measured targets alone sum {sum}, {OverNadir()} and {OverNadirMm()} over the nadir {Nadir()}",
            TargetRule.ReappearanceAfterCompleteResponse => $"targets {code}: {Explain.Ids(t.ReappearedLesions)} reappeared after a complete response (sum {sum})",
            TargetRule.CompleteResponse => $"targets {code}: non-nodal targets 0 mm and every node < 10 mm (sum {sum})",
            TargetRule.PartialResponse => $"targets {code}: sum {sum} is {FromBaseline()} from baseline {Baseline()} (PR needs <= -{Explain.Number(Thresholds.PartialResponseDecreasePercent)}%)",
            TargetRule.ContinuedResponse => $"targets {code} (continued response): sum {sum} is {FromBaseline()} from baseline {Baseline()}, not PD over the nadir {Nadir()}",
            TargetRule.StableDisease => $"targets {code}: sum {sum} is {FromBaseline()} from baseline {Baseline()} and {OverNadir()} / {OverNadirMm()} over the nadir {Nadir()}",
            TargetRule.NotEvaluable => $"targets {code}: {Explain.Ids(t.NotEvaluableLesions)} not evaluable and the measured ones (sum {sum}) do not prove PD",
            TargetRule.BaselineNotEvaluable => $"targets {code}: the baseline cannot support a target call",
            _ => throw new InvalidOperationException("Unknown target rule."),
        };
    }
}
