using System;
using System.Collections.Generic;
using System.Globalization;
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

    internal static PatternReport Detect(PreparedSeries prepared, TimePointResult[] timePoints, Recist11Options recist, Criteria criteria)
    {
        var options = recist.Patterns;
        var findings = new List<PatternFinding>();
        var tstm = recist.TooSmallToMeasureMillimetres;
        var targets = prepared.Targets;
        var baseline = new decimal?[targets.Length];
        var nadirs = new decimal?[targets.Length];
        for (var j = 0; j < targets.Length; j++)
        {
            baseline[j] = prepared.Series.Baseline.Target(targets[j].Id).Millimetres;
            nadirs[j] = baseline[j];
        }

        var seenNew = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < prepared.FollowUps.Length; i++)
        {
            if (!prepared.Usable[i])
            {
                continue;
            }

            var assessment = prepared.FollowUps[i];
            var responding = new List<string>();
            var growing = new List<string>();
            var organs = new Dictionary<string, (bool AllRespond, bool Progresses)>(Lesion.OrganComparer);
            var notes = new List<string>();
            for (var j = 0; j < targets.Length; j++)
            {
                var lesion = targets[j];
                var organ = OrganOf(lesion.IsLymphNode, lesion.Organ);
                var found = organs.TryGetValue(organ, out var o);
                var (all, progresses) = found ? o : (true, false);
                var value = assessment.Target(lesion.Id).ValueForSum(tstm);
                var responds = false;
                var d0 = baseline[j];
                var n = nadirs[j];
                if (value.HasValue && d0 > 0m && value * 100m <= d0 * (100m - options.ResponseDecreasePercent))
                {
                    responds = true;
                    responding.Add(lesion.Id);
                    notes.Add($"{lesion.Id} {Explain.Percent((value.Value - d0.GetValueOrDefault()) * 100m / d0.GetValueOrDefault())} from baseline");
                }

                if (value.HasValue && n.HasValue && value - n >= options.GrowthMinimumMillimetres && value * 100m >= n * (100m + options.GrowthIncreasePercent))
                {
                    growing.Add(lesion.Id);
                    progresses = true;
                    notes.Add($"{lesion.Id} {Explain.SignedMm(value.Value - n.Value)} over its nadir {Explain.Mm(n.Value)}");
                }

                organs[organ] = (all && responds, progresses);
                if (value.HasValue && (n is null || value < n))
                {
                    nadirs[j] = value;
                }
            }

            foreach (var lesion in prepared.NonTargets)
            {
                if (NonTargetRules.IsProgressed(assessment.NonTarget(lesion.Id)))
                {
                    growing.Add(lesion.Id);
                    notes.Add($"{lesion.Id} (non-target) progressed");
                    var organ = OrganOf(lesion.IsLymphNode, lesion.Organ);
                    organs[organ] = (false, true);
                }
            }

            foreach (var lesion in assessment.NewLesions)
            {
                if (lesion.IsEquivocal || !NewLesionRules.Counts(lesion, recist) || !seenNew.Add(lesion.Id))
                {
                    continue;
                }

                growing.Add(lesion.Id);
                notes.Add($"{lesion.Id} new in {lesion.Organ}");
                var organ = OrganOf(lesion.IsLymphNode, lesion.Organ);
                organs[organ] = (false, true);
            }

            var date = assessment.Date;
            if (responding.Count > 0 && growing.Count > 0)
            {
                findings.Add(new PatternFinding(ResponsePattern.DissociatedResponse, Dissociated, date, [.. responding, .. growing], $"dissociated response on {Explain.Date(date)}: {string.Join("; ", notes)}"));
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
                findings.Add(new PatternFinding(ResponsePattern.MixedResponse, Mixed, date, [.. responding, .. growing], $"mixed response on {Explain.Date(date)}: responding {string.Join(", ", respondingOrgans)}; progressing {string.Join(", ", progressingOrgans)}"));
            }
        }

        if (criteria == Criteria.IRecist)
        {
            foreach (var tp in timePoints)
            {
                var iupd = tp.IRecist?.UnconfirmedProgressionDate;
                if (tp.IRecist?.Transition == IRecistTransition.Reset && iupd.HasValue)
                {
                    findings.Add(new PatternFinding(ResponsePattern.Pseudoprogression, Pseudo, tp.Date, [], $"pseudoprogression: the iUPD of {Explain.Date(iupd.Value)} was followed by {ResponseCodes.ToCode(tp.Response, criteria)} on {Explain.Date(tp.Date)} without iCPD"));
                }
            }
        }

        var kinetics = Kinetics(prepared, timePoints, recist, findings);
        return new PatternReport(findings, kinetics);
    }

    private static string OrganOf(bool node, string organ) => node ? "lymph node" : organ;

    private static GrowthKinetics? Kinetics(PreparedSeries prepared, TimePointResult[] timePoints, Recist11Options recist, List<PatternFinding> findings)
    {
        var first = FirstUsable(prepared, timePoints);
        var matos = first.HasValue && Matos(prepared, timePoints[first.Value]);
        var pre = prepared.Series.PreBaseline;
        if (pre is null || prepared.BaselineSum is null || first is null)
        {
            if (matos)
            {
                AddHyperprogression(findings, timePoints[first!.Value].Date, [HyperprogressionDefinition.Matos2020], recist.Patterns, null);
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

        if (pdFirst && firstPoint.DaysFromBaseline <= 61 && d1 * 100m > preSum * 150m && tgrRatio)
        {
            met.Add(HyperprogressionDefinition.Kato2017);
        }

        if (pdFirst && tgrExp - tgrRef > 50)
        {
            met.Add(HyperprogressionDefinition.Ferrara2018);
        }

        if (pdFirst && tgrRatio)
        {
            met.Add(HyperprogressionDefinition.Kanjanapan2019);
        }

        if (pdFirst && tgrExp - tgrRef > 100)
        {
            met.Add(HyperprogressionDefinition.Kas2020);
        }

        if (matos)
        {
            met.Add(HyperprogressionDefinition.Matos2020);
        }

        var kinetics = new GrowthKinetics(pre.Date, preSum, prepared.BaselineDate, d0, firstPoint.Date, d1, tgkRef, tgkExp, tgrRef, tgrExp, met);
        AddHyperprogression(findings, firstPoint.Date, met, recist.Patterns, kinetics);
        return kinetics;
    }

    private static void AddHyperprogression(List<PatternFinding> findings, LocalDate date, List<HyperprogressionDefinition> met, PatternOptions options, GrowthKinetics? kinetics)
    {
        if (!met.Contains(options.HyperprogressionDefinition))
        {
            return;
        }

        var figures = kinetics is null
            ? string.Empty
            : string.Format(CultureInfo.InvariantCulture, ": TGR {0:0.#} -> {1:0.#} %/month, TGK {2:0.##} -> {3:0.##} mm/month", kinetics.TgrReference, kinetics.TgrExperimental, kinetics.TgkReference, kinetics.TgkExperimental);
        findings.Add(new PatternFinding(ResponsePattern.Hyperprogression, options.HyperprogressionDefinition.ToString(), date, [], $"hyperprogression on {Explain.Date(date)} by {string.Join(", ", met)}{figures}"));
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
        if (first.DaysFromBaseline > 61 || !ResponseCodes.IsProgression(first.Response))
        {
            return false;
        }

        var bigGrowth = first.Target.IsComplete && first.Target.Sum * 100m > prepared.BaselineSum * 140m;
        return bigGrowth || first.NewLesions.Lesions.Count >= 2;
    }

    private static double? Tgr(decimal from, decimal to, double months)
        => from > 0m && to > 0m && months > 0 ? 100 * (Math.Exp(3 * Math.Log((double)to / (double)from) / months) - 1) : null;

    /// <summary>Whether growth on treatment is at least twice the growth before; growth after none (or shrinkage) before counts as more than twice.</summary>
    private static bool AtLeastTwice(double? experimental, double? reference)
        => experimental > 0 && reference.HasValue && (reference <= 0 || experimental >= 2 * reference);
}
