using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using NodaTime;
using ResponseCriteria.Diagnostics;
using ResponseCriteria.Lesions;
using ResponseCriteria.Recist11;
using ResponseCriteria.Responses;
using ResponseCriteria.Results;

// Stryker disable Linq : no LINQ is used here; the Linq mutator turns List.Count and properties named Sum or Any into calls that do not compile.
namespace ResponseCriteria.Patterns;

/// <summary>
/// Finds the descriptive response patterns of criteria §4 in an evaluated series: dissociated response (lesion level),
/// mixed response (organ level), pseudoprogression (iRECIST resets) and hyperprogression (growth kinetics against a
/// pre-baseline scan). Each finding names the definition that fired, the date and the lesions.
/// </summary>
internal static class PatternDetector
{
    private const string Dissociated = "Bernard-Tessier 2020 (lesion level, via Guan 2022): a lesion >= 30% below baseline while another grows >= 20% and >= 5 mm over its nadir, a new lesion appears or a non-target progresses";
    private const string Mixed = "Sato 2021 (organ level, via Guan 2022): an organ whose target lesions all respond while another organ progresses or gains a new lesion";
    private const string Pseudo = "Borcoman 2019, operational in iRECIST: an iUPD followed by iSD, iPR, iCR or iNon-CR/Non-PD without iCPD in between";
    private const double DaysPerMonth = 365.25 / 12;

    /// <summary>Kato 2017 and Matos 2020: the first evaluation within two months of baseline (61 days, inclusive).</summary>
    private const int EarlyEvaluationDays = 61;

    /// <summary>Kato 2017: the first evaluation's sum more than 50% above the pre-baseline sum (as a percentage of it).</summary>
    private const decimal KatoSumPercentOfPreBaseline = 150m;

    /// <summary>Matos 2020: the first evaluation's sum more than 40% above baseline (as a percentage of it).</summary>
    private const decimal MatosSumPercentOfBaseline = 140m;

    /// <summary>Matos 2020: progression with at least this many new lesions.</summary>
    private const int MatosNewLesions = 2;

    /// <summary>Ferrara 2018: the tumour growth rate on treatment more than this many %/month above the rate before.</summary>
    private const double FerraraTgrIncrease = 50;

    /// <summary>Kas 2020: the tumour growth rate on treatment more than this many %/month above the rate before.</summary>
    private const double KasTgrIncrease = 100;

    internal static PatternReport Detect(PreparedSeries prepared, TimePointResult[] timePoints, Recist11Options recist, Criteria criteria)
    {
        var options = recist.Patterns;
        List<PatternFinding>? findings = null;
        var tstm = recist.TooSmallToMeasureMillimetres;
        var targets = prepared.Targets;
        // Per-target working state on the stack for the usual handful of targets (no allocation per patient).
        Span<Track> tracks = targets.Length <= 16 ? stackalloc Track[targets.Length] : new Track[targets.Length];
        var limits = options.Limits;
        for (var k = 0; k < targets.Length; k++)
        {
            tracks[k] = new Track(prepared.BaselineTarget(k), limits);
        }

        List<string>? seenNew = null;
        for (var i = 0; i < prepared.FollowUps.Length; i++)
        {
            if (!prepared.Usable[i])
            {
                continue;
            }

            // First the cheap pass every scan needs (which target responds or grows; the nadirs move on); the lesion lists,
            // organs and notes only when both a response and a growth are seen, as both patterns need.
            var seen = Scan(prepared, i, tracks, limits, tstm);
            var fresh = FreshNewLesions(prepared.FollowUps[i], recist, ref seenNew);
            if ((seen & Flag.Responds) == 0 || !((seen & Flag.Grows) != 0 || fresh is not null || AnyNonTargetProgressed(prepared, i)))
            {
                continue;
            }

            AddLesionPatterns(prepared, i, tracks, fresh, tstm, findings ??= new List<PatternFinding>());
        }

        if (criteria == Criteria.IRecist)
        {
            foreach (var tp in timePoints)
            {
                if (tp.IRecist?.Transition == IRecistTransition.Reset && tp.IRecist.UnconfirmedProgressionDate is { } iupd)
                {
                    (findings ??= new List<PatternFinding>()).Add(Pseudoprogression(tp, iupd, criteria));
                }
            }
        }

        var kinetics = Kinetics(prepared, timePoints, recist, ref findings);
        return findings is null && kinetics is null ? PatternReport.None : new PatternReport(findings ?? [], kinetics);
    }

    /// <summary>The pseudoprogression at a reset (its own method: the text's closure is made only for a finding, not at every time point).</summary>
    private static PatternFinding Pseudoprogression(TimePointResult call, LocalDate iupd, Criteria criteria)
        => new(ResponsePattern.Pseudoprogression, Pseudo, call.Date, [], () => $"pseudoprogression: the iUPD of {Explain.Date(iupd)} was followed by {ResponseCodes.ToCode(call.Response, criteria)} on {Explain.Date(call.Date)} without iCPD");

    /// <summary>
    /// Marks each target at follow-up <paramref name="i"/> as responding and/or growing and moves its nadir on; returns the flags
    /// of all targets together. The rule is in decimals: responds when value * 100 &lt;= d0 * (100 - p); grows when
    /// value - n &gt;= mm and value * 100 &gt;= n * (100 + g), that is when value &gt;= max(n * (100 + g) / 100, n + mm). Each
    /// target keeps these two limits, and its nadir, in doubles as bands 10^-12 of the limit wide on either side (<see cref="Band"/>;
    /// the conversions and the two operations err by less than 10^-15 of it, all sizes being non-negative): a size outside a band is
    /// decided by one double comparison, and only a size inside one is compared in decimals (<see cref="Exact"/>), so every
    /// decision is the decimal one. The nadir is kept as the follow-up it was measured at. (Its own small method: the compiler
    /// keeps this loop's state in registers.)
    /// </summary>
    private static Flag Scan(PreparedSeries prepared, int i, Span<Track> tracks, Limits limits, decimal tstm)
    {
        var seen = Flag.None;
        var tstmD = (double)tstm;
        for (var k = 0; k < tracks.Length; k++)
        {
            ref var t = ref tracks[k];
            t.Before = t.Nadir;
            t.Flag = Flag.None;
            var m = prepared.Target(i, k);
            if (!m.IsEvaluable)
            {
                continue;
            }

            var v = m.Kind == MeasurementKind.Measured ? m.MillimetresAsDouble : tstmD;
            var flag = v < t.Responds.Below || (v <= t.Responds.Above && Exact(prepared, i, k, Baseline, Test.Response, limits, tstm))
                ? Flag.Responds
                : Flag.None;
            if (v > t.Grows.Above || (v >= t.Grows.Below && t.Nadir != None && Exact(prepared, i, k, t.Nadir, Test.Growth, limits, tstm)))
            {
                flag |= Flag.Grows;
            }

            t.Flag = flag;
            seen |= flag;
            if (t.Nadir == None || v < t.AtNadir.Below || (v <= t.AtNadir.Above && Exact(prepared, i, k, t.Nadir, Test.Below, limits, tstm)))
            {
                t.Nadir = i;
                t.AtNadir = Band.Around(v);
                t.Grows = Band.Around(Math.Max(v * limits.FactorD, v + limits.MinimumD));
            }
        }

        return seen;
    }

    /// <summary>Where a nadir is when there is none yet (the baseline was not measured).</summary>
    private const int None = int.MinValue;

    /// <summary>Where a nadir is when it is the baseline.</summary>
    private const int Baseline = -1;

    /// <summary>Which decimal comparison <see cref="Exact"/> makes.</summary>
    private enum Test : byte
    {
        /// <summary>value * 100 &lt;= d0 * (100 - p).</summary>
        Response,

        /// <summary>value - nadir &gt;= the minimum in mm and value * 100 &gt;= nadir * (100 + g).</summary>
        Growth,

        /// <summary>value &lt; nadir.</summary>
        Below,
    }

    /// <summary>
    /// One of the scan's tests in decimals, for target <paramref name="k"/> at follow-up <paramref name="i"/> against its size at
    /// <paramref name="reference"/> (the few sizes inside a band; kept out of the scan so that its loop stays small).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool Exact(PreparedSeries prepared, int i, int k, int reference, Test test, Limits limits, decimal tstm)
    {
        var value = Size(prepared, i, k, tstm);
        var other = Size(prepared, reference, k, tstm);
        return test switch
        {
            Test.Response => value * 100m <= other * limits.ResponseFactor,
            Test.Growth => value - other >= limits.Minimum && value * 100m >= other * limits.Factor,
            _ => value < other,
        };
    }

    /// <summary>Target <paramref name="k"/>'s size in a sum at follow-up <paramref name="i"/> (<see cref="Baseline"/>: at baseline); 0 when not evaluable.</summary>
    private static decimal Size(PreparedSeries prepared, int i, int k, decimal tstm)
        => (i == Baseline ? prepared.BaselineTarget(k) : prepared.Target(i, k)).ValueForSum(tstm).GetValueOrDefault();

    /// <summary>
    /// One target's state along the series: its response limit d0 * (100 - p) / 100 (a target not measured at baseline never
    /// responds), the nadir's growth limit and the nadir itself as bands, the follow-up of the nadir so far (<see cref="Baseline"/>,
    /// or <see cref="None"/>) and before this scan, and this scan's flags.
    /// </summary>
    private struct Track
    {
        internal Track(Measurement baseline, Limits limits)
        {
            var measured = baseline.Kind == MeasurementKind.Measured;
            var d0 = measured ? baseline.MillimetresAsDouble : 0;
            Responds = d0 > 0 ? Band.Around(d0 * limits.ResponseFactorD) : Band.Never;
            Grows = measured ? Band.Around(Math.Max(d0 * limits.FactorD, d0 + limits.MinimumD)) : Band.Unknown;
            AtNadir = Band.Around(d0);
            Nadir = measured ? Baseline : None;
            Before = Nadir;
        }

        internal Band Responds;
        internal Band Grows;
        internal Band AtNadir;
        internal int Nadir;
        internal int Before;
        internal Flag Flag;
    }

    /// <summary>
    /// The thresholds of a <see cref="PatternOptions"/>: the response factor 100 − p, the growth factor 100 + g and the growth
    /// minimum in mm, with the factors as fractions in doubles (made once per options: <see cref="PatternOptions.Limits"/>).
    /// </summary>
    internal sealed class Limits(PatternOptions options)
    {
        internal decimal ResponseFactor { get; } = 100m - options.ResponseDecreasePercent;

        internal double ResponseFactorD { get; } = (double)((100m - options.ResponseDecreasePercent) / 100m);

        internal decimal Factor { get; } = 100m + options.GrowthIncreasePercent;

        internal double FactorD { get; } = (double)((100m + options.GrowthIncreasePercent) / 100m);

        internal decimal Minimum { get; } = options.GrowthMinimumMillimetres;

        internal double MinimumD { get; } = (double)options.GrowthMinimumMillimetres;
    }

    [Flags]
    private enum Flag : byte
    {
        None = 0,
        Responds = 1,
        Grows = 2,
    }

    /// <summary>The new lesions counted at this scan for the first time (unequivocal, not a normal node), or null when none.</summary>
    private static List<NewLesion>? FreshNewLesions(Series.Assessment assessment, Recist11Options recist, ref List<string>? seen)
    {
        List<NewLesion>? fresh = null;
        foreach (var lesion in assessment.NewLesionSpan)
        {
            if (lesion.IsEquivocal || !NewLesionRules.Counts(lesion, recist) || (seen is not null && seen.Contains(lesion.Id)))
            {
                continue;
            }

            (seen ??= new List<string>()).Add(lesion.Id);
            (fresh ??= new List<NewLesion>()).Add(lesion);
        }

        return fresh;
    }

    private static bool AnyNonTargetProgressed(PreparedSeries prepared, int i)
    {
        for (var k = 0; k < prepared.NonTargets.Length; k++)
        {
            if (NonTargetRules.IsProgressed(prepared.NonTarget(i, k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The dissociated and mixed responses at follow-up <paramref name="i"/>, where some target responds and something grows.</summary>
    private static void AddLesionPatterns(PreparedSeries prepared, int i, ReadOnlySpan<Track> tracks, List<NewLesion>? fresh, decimal tstm, List<PatternFinding> findings)
    {
        var targets = prepared.Targets;
        var responding = new List<string>();
        var growing = new List<string>();
        var organs = new Dictionary<string, (bool AllRespond, bool Progresses)>(Lesion.OrganComparer);
        var notes = new List<(int Target, Flag Flag, string? Id, string? Organ)>();
        for (var k = 0; k < targets.Length; k++)
        {
            var lesion = targets[k];
            var organ = OrganOf(lesion.IsLymphNode, lesion.Organ);
            var (all, progresses) = organs.TryGetValue(organ, out var o) ? o : (true, false);
            var responds = (tracks[k].Flag & Flag.Responds) != 0;
            if (responds)
            {
                responding.Add(lesion.Id);
                notes.Add((k, Flag.Responds, null, null));
            }

            if ((tracks[k].Flag & Flag.Grows) != 0)
            {
                growing.Add(lesion.Id);
                progresses = true;
                notes.Add((k, Flag.Grows, null, null));
            }

            organs[organ] = (all && responds, progresses);
        }

        for (var k = 0; k < prepared.NonTargets.Length; k++)
        {
            var lesion = prepared.NonTargets[k];
            if (NonTargetRules.IsProgressed(prepared.NonTarget(i, k)))
            {
                growing.Add(lesion.Id);
                notes.Add((-1, Flag.None, lesion.Id, null));
                organs[OrganOf(lesion.IsLymphNode, lesion.Organ)] = (false, true);
            }
        }

        foreach (var lesion in fresh ?? [])
        {
            growing.Add(lesion.Id);
            notes.Add((-1, Flag.None, lesion.Id, lesion.Organ));
            organs[OrganOf(lesion.IsLymphNode, lesion.Organ)] = (false, true);
        }

        var date = prepared.FollowUps[i].Date;
        string[] involved = [.. responding, .. growing];
        if (growing.Count > 0)
        {
            var baseline = new decimal?[targets.Length];
            for (var k = 0; k < targets.Length; k++)
            {
                baseline[k] = prepared.BaselineTarget(k).Millimetres;
            }

            var nadirsHere = new decimal?[targets.Length];
            for (var k = 0; k < targets.Length; k++)
            {
                nadirsHere[k] = tracks[k].Before == None ? null : Size(prepared, tracks[k].Before, k, tstm);
            }

            var values = new decimal?[targets.Length];
            for (var k = 0; k < targets.Length; k++)
            {
                values[k] = prepared.Target(i, k).ValueForSum(tstm);
            }

            findings.Add(new PatternFinding(ResponsePattern.DissociatedResponse, Dissociated, date, involved, () =>
            {
                var parts = new List<string>(notes.Count);
                foreach (var (k, flag, id, organ) in notes)
                {
                    parts.Add(
                        flag == Flag.Responds ? $"{targets[k].Id} {Explain.Percent((values[k]!.Value - baseline[k]!.Value) * 100m / baseline[k]!.Value)} from baseline"
                        : flag == Flag.Grows ? $"{targets[k].Id} {Explain.SignedMm(values[k]!.Value - nadirsHere[k]!.Value)} over its nadir {Explain.Mm(nadirsHere[k]!.Value)}"
                        : organ is null ? $"{id} (non-target) progressed" : $"{id} new in {organ}");
                }

                return $"dissociated response on {Explain.Date(date)}: {string.Join("; ", parts)}";
            }));
        }

        var respondingOrgans = new List<string>();
        var progressingOrgans = new List<string>();
        foreach (var (organ, state) in organs)
        {
            if (state.Progresses)
            {
                progressingOrgans.Add(organ);
            }
            else if (state.AllRespond)
            {
                respondingOrgans.Add(organ);
            }
        }

        if (respondingOrgans.Count > 0 && progressingOrgans.Count > 0)
        {
            findings.Add(new PatternFinding(ResponsePattern.MixedResponse, Mixed, date, involved, () => $"mixed response on {Explain.Date(date)}: responding {string.Join(", ", respondingOrgans)}; progressing {string.Join(", ", progressingOrgans)}"));
        }
    }

    private static string OrganOf(bool node, string organ) => node ? "lymph node" : organ;

    private static GrowthKinetics? Kinetics(PreparedSeries prepared, TimePointResult[] timePoints, Recist11Options recist, ref List<PatternFinding>? findings)
    {
        var first = FirstUsable(prepared, timePoints);
        var matos = first.HasValue && Matos(prepared, timePoints[first.Value]);
        var pre = prepared.Series.PreBaseline;
        if (pre is null || prepared.BaselineSum is null || first is null)
        {
            if (matos)
            {
                AddHyperprogression(ref findings, timePoints[first!.Value].Date, [HyperprogressionDefinition.Matos2020], recist.Patterns, null);
            }

            return null;
        }

        var d0 = prepared.BaselineSum.Value;
        var preSum = 0m;
        foreach (var target in prepared.Targets)
        {
            var v = pre.Target(target.Id).ValueForSum(recist.TooSmallToMeasureMillimetres);
            if (v is null)
            {
                prepared.Diagnostics.Add(new Diagnostic(DiagnosticCodes.PreBaselineIncomplete, DiagnosticSeverity.Warning, $"the pre-baseline scan has no measurement for target {target.Id}: growth kinetics are not computed", pre.Date, target.Id));
                return null;
            }

            preSum += v.Value;
        }

        var firstPoint = timePoints[first.Value];
        var refMonths = Confirmation.BestResponse.Days(pre.Date, prepared.BaselineDate) / DaysPerMonth;
        if (refMonths <= 0 || firstPoint.Target.Sum is null || !firstPoint.Target.IsComplete)
        {
            return null;
        }

        var d1 = firstPoint.Target.Sum.Value;

        var expMonths = firstPoint.DaysFromBaseline / DaysPerMonth;
        var tgkRef = (double)(d0 - preSum) / refMonths;
        var tgkExp = (double)(d1 - d0) / expMonths;
        double? tgrRef = Tgr(preSum, d0, refMonths);
        double? tgrExp = Tgr(d0, d1, expMonths);
        var pdFirst = ResponseCodes.IsProgression(firstPoint.Response);
        var met = new List<HyperprogressionDefinition>();
        var tgrRatio = AtLeastTwice(tgrExp, tgrRef);
        if (pdFirst && tgrRatio)
        {
            met.Add(HyperprogressionDefinition.Champiat2017);
        }

        if (AtLeastTwice(tgkExp, tgkRef))
        {
            met.Add(HyperprogressionDefinition.SaadaBouzid2017);
        }

        if (pdFirst && firstPoint.DaysFromBaseline <= EarlyEvaluationDays && d1 * 100m > preSum * KatoSumPercentOfPreBaseline && tgrRatio)
        {
            met.Add(HyperprogressionDefinition.Kato2017);
        }

        if (pdFirst && tgrExp - tgrRef > FerraraTgrIncrease)
        {
            met.Add(HyperprogressionDefinition.Ferrara2018);
        }

        if (pdFirst && tgrRatio)
        {
            met.Add(HyperprogressionDefinition.Kanjanapan2019);
        }

        if (pdFirst && tgrExp - tgrRef > KasTgrIncrease)
        {
            met.Add(HyperprogressionDefinition.Kas2020);
        }

        if (matos)
        {
            met.Add(HyperprogressionDefinition.Matos2020);
        }

        var kinetics = new GrowthKinetics(pre.Date, preSum, prepared.BaselineDate, d0, firstPoint.Date, d1, tgkRef, tgkExp, tgrRef, tgrExp, met);
        AddHyperprogression(ref findings, firstPoint.Date, met, recist.Patterns, kinetics);
        return kinetics;
    }

    private static void AddHyperprogression(ref List<PatternFinding>? findings, LocalDate date, List<HyperprogressionDefinition> met, PatternOptions options, GrowthKinetics? kinetics)
    {
        if (!met.Contains(options.HyperprogressionDefinition))
        {
            return;
        }

        (findings ??= new List<PatternFinding>()).Add(new PatternFinding(ResponsePattern.Hyperprogression, options.HyperprogressionDefinition.ToString(), date, [], () =>
        {
            var figures = kinetics is null
                ? string.Empty
                : string.Format(CultureInfo.InvariantCulture, ": TGR {0:0.#} -> {1:0.#} %/month, TGK {2:0.##} -> {3:0.##} mm/month", kinetics.TgrReference, kinetics.TgrExperimental, kinetics.TgkReference, kinetics.TgkExperimental);
            return $"hyperprogression on {Explain.Date(date)} by {string.Join(", ", met)}{figures}";
        }));
    }

    private static int? FirstUsable(PreparedSeries prepared, TimePointResult[] timePoints)
    {
        for (var i = 0; i < timePoints.Length; i++)
        {
            if (prepared.Usable[i])
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>Matos 2020: first evaluation within 2 months with the target sum > 40% above baseline, or progression with two or more new lesions.</summary>
    private static bool Matos(PreparedSeries prepared, TimePointResult first)
    {
        if (first.DaysFromBaseline > EarlyEvaluationDays || !ResponseCodes.IsProgression(first.Response))
        {
            return false;
        }

        var bigGrowth = first.Target.IsComplete && first.Target.Sum * 100m > prepared.BaselineSum * MatosSumPercentOfBaseline;
        return bigGrowth || first.NewLesions.Lesions.Count >= MatosNewLesions;
    }

    private static double? Tgr(decimal from, decimal to, double months)
        => from > 0m && to > 0m && months > 0 ? 100 * (Math.Exp(3 * Math.Log((double)to / (double)from) / months) - 1) : null;

    /// <summary>Whether growth on treatment is at least twice the growth before; growth after none (or shrinkage) before counts as more than twice.</summary>
    private static bool AtLeastTwice(double? experimental, double? reference)
        => experimental > 0 && reference.HasValue && (reference <= 0 || experimental >= 2 * reference);
}
