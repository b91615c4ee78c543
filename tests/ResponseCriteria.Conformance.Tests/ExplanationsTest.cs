using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using ResponseCriteria.Cases.Tests;
using ResponseCriteria.IRecist;
using ResponseCriteria.Lesions;
using ResponseCriteria.Recist11;
using ResponseCriteria.Responses;
using ResponseCriteria.Results;
using ResponseCriteria.Series;
using Xunit;

namespace ResponseCriteria.Cases.Conformance;

/// <summary>
/// Explanations are a product feature: every figure and rule they name is checked against a reviewed transcript
/// (<c>tests/data/golden/explanations.txt</c>) of the adjudicated cases and bundled examples under both criteria, with and
/// without confirmation, and of 120 generated series that reach every rule (targets and nodes, TSTM and NE, non-targets,
/// new lesions measured, followed, equivocal and categorised, pre-baseline scans). A change of wording fails here; run the
/// tests with <c>RESPONSECRITERIA_UPDATE_GOLDEN=1</c> to rewrite the transcript, then review its diff.
/// </summary>
public sealed class ExplanationsTest
{
    private static string GoldenFile => Path.Combine(Repository.Data, "golden", "explanations.txt");

    [Fact]
    public void Evaluate_CasesAndGeneratedSeries_ExplanationsAsReviewed()
    {
        var actual = Transcript();
        if (Environment.GetEnvironmentVariable("RESPONSECRITERIA_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(GoldenFile)!);
            File.WriteAllText(GoldenFile, actual);
        }

        var expected = File.ReadAllText(GoldenFile).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var lines = actual.Split('\n');
        for (var i = 0; i < Math.Min(expected.Length, lines.Length); i++)
        {
            if (expected[i] != lines[i])
            {
                File.WriteAllText(Path.Combine(Repository.Scratch, "explanations.actual.txt"), actual);
                Assert.Fail($"line {i + 1} of {GoldenFile}:\nexpected: {expected[i]}\nactual:   {lines[i]}");
            }
        }

        Assert.Equal(expected.Length, lines.Length);
    }

    private static string Transcript()
    {
        var w = new StringBuilder();
        var files = Directory.GetFiles(Path.Combine(Repository.Data, "conformance", "cases"), "*.json")
            .Concat(Directory.GetFiles(Path.Combine(Repository.Root, "docs", "examples"), "*.json"))
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal);
        foreach (var file in files)
        {
            var c = CaseReader.ReadFile(file);
            foreach (var criteria in new[] { Criteria.Recist11, Criteria.IRecist })
            {
                Write(w, $"{c.Id} {criteria}", CaseEvaluator.Evaluate(c, criteria));
            }
        }

        var random = new Random(20261128);
        for (var n = 0; n < 120; n++)
        {
            var series = Generated(random, n);
            var confirmation = n % 3 == 0;
            var recist = new Recist11Options { Confirmation = confirmation, ContinuedResponse = n % 4 == 1, AcceptStableDiseaseBetweenConfirmation = n % 5 == 2 };
            Write(w, $"generated {n} RECIST 1.1", new Recist11Evaluator(recist).Evaluate(series));
            Write(w, $"generated {n} iRECIST", new IRecistEvaluator(new IRecistOptions { Recist11 = recist, EarlyScanWithNewLesionConfirms = n % 2 == 0 }).Evaluate(series));
        }

        return w.ToString();
    }

    private static void Write(StringBuilder w, string title, EvaluationResult r)
    {
        var c = r.Criteria;
        w.Append("== ").Append(title).Append('\n');
        foreach (var tp in r.TimePoints)
        {
            w.Append(Iso(tp.Date)).Append(' ').Append(ResponseCodes.ToCode(tp.Response, c)).Append(' ').Append(tp.Rule)
                .Append(" target ").Append(tp.Target.Rule).Append(" non-target ").Append(tp.NonTarget.Rule).Append(" new ").Append(tp.NewLesions.Rule);
            if (tp.IRecist is { } step)
            {
                w.Append(" iRECIST ").Append(step.Transition).Append(" reasons ").Append(step.UnconfirmedProgressionReasons).Append(" by ").Append(step.ConfirmedBy)
                    .Append(" NLT ").Append(string.Join("+", step.NewLesionTargets)).Append(" NLNT ").Append(string.Join("+", step.NewLesionNonTargets));
            }

            w.Append("\n  ").Append(tp.Explanation).Append('\n');
        }

        foreach (var (name, best) in new[] { ("best", r.BestOverallResponse), ("unconfirmed", r.UnconfirmedBestOverallResponse), ("confirmed", r.ConfirmedBestOverallResponse) })
        {
            w.Append(name).Append(": ").Append(best.Explanation).Append(" [").Append(Iso(best.Date)).Append(" / ").Append(Iso(best.ConfirmationDate)).Append("]\n");
        }

        w.Append("progression ").Append(Iso(r.ProgressionDate)).Append(" confirmed ").Append(Iso(r.ProgressionConfirmationDate)).Append(" pending ").Append(Iso(r.UnconfirmedProgressionDate)).Append('\n');
        foreach (var f in r.Patterns.Findings)
        {
            w.Append("pattern ").Append(f.Pattern).Append(' ').Append(Iso(f.Date)).Append(" [").Append(string.Join(",", f.Lesions)).Append("] ").Append(f.Explanation).Append(" (").Append(f.Definition).Append(")\n");
        }

        if (r.Patterns.Kinetics is { } k)
        {
            w.Append(CultureInfo.InvariantCulture, $"kinetics TGK {k.TgkReference:0.###} -> {k.TgkExperimental:0.###}, TGR {k.TgrReference:0.###} -> {k.TgrExperimental:0.###}, met {string.Join(",", k.DefinitionsMet)}\n");
        }

        foreach (var d in r.Diagnostics)
        {
            w.Append("diagnostic ").Append(d.Code).Append(' ').Append(d.Severity).Append(' ').Append(Iso(d.Date)).Append(' ').Append(d.LesionId ?? "-").Append(": ").Append(d.Message).Append('\n');
        }
    }

    private static string Iso(LocalDate? date) => date is { } d ? d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "-";

    /// <summary>A series built to reach the rules: 1–5 targets (some nodes), 0–2 non-targets, 2–7 follow-ups with sizes drifting around the thresholds.</summary>
    private static PatientSeries Generated(Random random, int n)
    {
        var organs = new[] { "liver", "lung", "bone", "brain", "kidney" };
        var lesions = new List<Lesion>();
        var targets = random.Next(n % 7 == 0 ? 0 : 1, 6);
        for (var i = 0; i < targets; i++)
        {
            lesions.Add(new Lesion($"T{i + 1}", organs[random.Next(organs.Length)], LesionRole.Target, isLymphNode: random.Next(4) == 0));
        }

        var nonTargets = random.Next(0, 3);
        for (var i = 0; i < nonTargets; i++)
        {
            lesions.Add(new Lesion($"NT{i + 1}", organs[random.Next(organs.Length)], LesionRole.NonTarget, isLymphNode: random.Next(5) == 0));
        }

        var sizes = lesions.Where(l => l.IsTarget).Select(l => (decimal)random.Next(l.IsLymphNode ? 15 : 10, 60)).ToArray();
        var date = new LocalDate(2024, 1, 1);
        var baseline = Assessment(date, lesions, sizes, lesions.Where(l => !l.IsTarget).Select(_ => NonTargetStatus.Present).ToArray(), []);
        var followUps = new List<Assessment>();
        var known = new List<NewLesion>();
        var count = random.Next(2, 8);
        for (var k = 0; k < count; k++)
        {
            date = date.PlusDays(random.Next(10, 70));
            var trend = random.Next(3) switch { 0 => 0.65m, 1 => 1.0m, _ => 1.25m };
            var now = sizes.Select(s => random.Next(12) switch
            {
                0 => -1m, // NE
                1 => -2m, // TSTM
                2 => 0m,
                _ => Math.Round(s * trend * (decimal)(0.9 + (random.NextDouble() * 0.2)), 1),
            }).ToArray();
            var statuses = lesions.Where(l => !l.IsTarget).Select(_ => random.Next(8) switch
            {
                0 => NonTargetStatus.Progression,
                1 => NonTargetStatus.Absent,
                2 => NonTargetStatus.NotEvaluable,
                3 => NonTargetStatus.FurtherIncrease,
                _ => NonTargetStatus.Present,
            }).ToArray();
            var newLesions = new List<NewLesion>();
            foreach (var old in known)
            {
                if (random.Next(5) > 0)
                {
                    newLesions.Add(Grow(old, random));
                }
            }

            if (random.Next(4) == 0)
            {
                var id = $"NL{known.Count + 1}";
                var measured = random.Next(3) > 0;
                var lesion = new NewLesion(
                    id,
                    organs[random.Next(organs.Length)],
                    random.Next(6) == 0,
                    measured ? Measurement.FromMillimetres(random.Next(4, 30)) : null,
                    NonTargetStatus.Present,
                    random.Next(5) == 0);
                known.Add(lesion);
                newLesions.Add(lesion);
            }

            followUps.Add(Assessment(date, lesions, now, statuses, newLesions, random.Next(6) switch { 0 => true, 1 => false, _ => null }));
            sizes = sizes.Select((s, i) => now[i] > 0 ? now[i] : s).ToArray();
        }

        Assessment? pre = n % 5 == 0 && targets > 0
            ? Assessment(new LocalDate(2023, 11, 1), lesions, lesions.Where(l => l.IsTarget).Select(_ => (decimal)random.Next(8, 50)).ToArray(), [], [])
            : null;
        return new PatientSeries(lesions, baseline, followUps, pre, $"generated-{n}");
    }

    private static NewLesion Grow(NewLesion old, Random random)
    {
        var size = old.Size?.Millimetres is { } mm ? Measurement.FromMillimetres(Math.Max(0, mm + random.Next(-4, 9))) : (Measurement?)null;
        var status = random.Next(6) switch { 0 => NonTargetStatus.Progression, 1 => NonTargetStatus.Absent, 2 => NonTargetStatus.NotEvaluable, _ => NonTargetStatus.Present };
        return new NewLesion(old.Id, old.Organ, old.IsLymphNode, size, status, old.IsEquivocal && random.Next(2) == 0);
    }

    private static Assessment Assessment(LocalDate date, List<Lesion> lesions, decimal[] sizes, NonTargetStatus[] statuses, List<NewLesion> newLesions, bool? unscheduled = null)
    {
        var targets = lesions.Where(l => l.IsTarget).Select((l, i) => new KeyValuePair<string, Measurement>(
            l.Id,
            sizes[i] switch { -1m => Measurement.NotEvaluable, -2m => Measurement.TooSmallToMeasure, var s => Measurement.FromMillimetres(s) }));
        var nonTargets = lesions.Where(l => !l.IsTarget).Select((l, i) => new KeyValuePair<string, NonTargetStatus>(l.Id, statuses.Length > i ? statuses[i] : NonTargetStatus.Present));
        return new Assessment(date, targets, nonTargets, newLesions, unscheduled);
    }
}
