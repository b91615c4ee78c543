using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using ResponseCriteria.Diagnostics;
using ResponseCriteria.IRecist;
using ResponseCriteria.Recist11;
using ResponseCriteria.Responses;
using ResponseCriteria.Sdtm;

namespace ResponseCriteria.Cli;

/// <summary><c>recist sdtm</c>: evaluates a study from SDTM TU/TR (and compares with RS), or derives BOR from RS alone.</summary>
internal static class SdtmCommand
{
    internal sealed record Arguments(
        string? Tu,
        string? Tr,
        string? SuppTr,
        string? Rs,
        Criteria Criteria,
        string? OutDirectory,
        SdtmOptions Sdtm,
        IRecistOptions Options);

    internal static Arguments Parse(List<string> args, Func<string, Exception> usage)
    {
        string? tu = null, tr = null, supptr = null, rs = null, outDirectory = null, evaluator = null;
        var criteria = Criteria.Recist11;
        var imputation = DayImputation.Last;
        int? confirmDays = null, maxNe = null, sdDays = null;
        bool? acceptSd = null, final = null, reappearancePd = null;
        ProgressionReference? reference = null;
        decimal? minMm = null;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => ++i < args.Count ? args[i] : throw usage($"{args[i - 1]} needs a value");
            int Days() => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : throw usage($"{args[i - 1]} expects a whole number of days, not '{args[i]}'");
            switch (args[i])
            {
                case "--tu": tu = Value(); break;
                case "--tr": tr = Value(); break;
                case "--supptr": supptr = Value(); break;
                case "--rs": rs = Value(); break;
                case "--out": outDirectory = Value(); break;
                case "--evaluator": evaluator = Value(); break;
                case "--criteria":
                    criteria = CommandLine.ParseCriteria(Value(), usage);
                    break;
                case "--date-imputation":
                    var how = Value();
                    imputation = how switch
                    {
                        "first" => DayImputation.First,
                        "mid" => DayImputation.Middle,
                        "last" => DayImputation.Last,
                        _ => throw usage($"--date-imputation expects first, mid or last, not '{how}'"),
                    };
                    break;
                case "--confirm-days": confirmDays = Days(); break;
                case "--max-ne": maxNe = Days(); break;
                case "--accept-sd": acceptSd = true; break;
                case "--sd-days": sdDays = Days(); break;
                case "--progression-final": final = true; break;
                case "--reappearance-pd": reappearancePd = true; break;
                case "--pd-reference":
                    var from = Value();
                    reference = from switch
                    {
                        "nadir" => ProgressionReference.Nadir,
                        "baseline" => ProgressionReference.Baseline,
                        _ => throw usage($"--pd-reference expects nadir or baseline, not '{from}'"),
                    };
                    break;
                case "--pd-min-mm":
                    minMm = decimal.TryParse(Value(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var mm) ? mm : throw usage($"--pd-min-mm expects millimetres, not '{args[i]}'");
                    break;
                default:
                    throw usage($"unknown option '{args[i]}'");
            }
        }

        if (tr is not null && tu is null)
        {
            throw usage("--tr needs --tu (the lesions it measures)");
        }

        if (tu is not null && tr is null && rs is null)
        {
            throw usage("--tu needs --tr to derive calls, or --rs to give the recorded calls' reference dates");
        }

        if (tu is null && rs is null)
        {
            throw usage("sdtm needs --tu and --tr, or --rs");
        }

        if (supptr is not null && tr is null)
        {
            throw usage("--supptr goes with --tu and --tr");
        }

        // Every option not given keeps the SDTM default (StudyEvaluation.DefaultOptions).
        var defaults = StudyEvaluation.DefaultOptions.Recist11;
        var recist = new Recist11Options
        {
            MinimumConfirmationDays = confirmDays ?? defaults.MinimumConfirmationDays,
            MaximumNotEvaluableBetweenConfirmation = maxNe ?? defaults.MaximumNotEvaluableBetweenConfirmation,
            AcceptStableDiseaseBetweenConfirmation = acceptSd ?? defaults.AcceptStableDiseaseBetweenConfirmation,
            MinimumStableDiseaseDays = sdDays ?? defaults.MinimumStableDiseaseDays,
            ProgressionIsFinal = final ?? defaults.ProgressionIsFinal,
            ReappearanceAfterCompleteResponseIsProgression = reappearancePd ?? defaults.ReappearanceAfterCompleteResponseIsProgression,
            ProgressionReference = reference ?? defaults.ProgressionReference,
            ProgressionMinimumIncreaseMillimetres = minMm ?? defaults.ProgressionMinimumIncreaseMillimetres,
        };
        return new Arguments(tu, tr, supptr, rs, criteria, outDirectory, new SdtmOptions { DayImputation = imputation, Evaluator = evaluator }, new IRecistOptions { Recist11 = recist });
    }

    internal static int Run(Arguments a, TextWriter output, TextWriter error)
    {
        SdtmStudy? study = null;
        RecordedResponses? recorded = null;
        IReadOnlyDictionary<string, LocalDate>? references = null;
        try
        {
            if (a.Tu is not null && a.Tr is null)
            {
                references = SdtmStudyReader.ReferenceDates(SdtmTableReader.Read(a.Tu), a.Sdtm);
            }
            else if (a.Tu is not null)
            {
                var supp = a.SuppTr is null ? null : SdtmTableReader.Read(a.SuppTr);
                study = SdtmStudyReader.Read(SdtmTableReader.Read(a.Tu), SdtmTableReader.Read(a.Tr!), supp, a.Sdtm);
            }

            if (a.Rs is not null)
            {
                recorded = RecordedResponses.Read(SdtmTableReader.Read(a.Rs), a.Criteria, a.Sdtm);
            }
        }
        catch (SdtmFormatException e)
        {
            error.WriteLine($"recist: {e.Message}");
            return CommandLine.BadInput;
        }

        var issues = new List<SdtmIssue>();
        output.WriteLine($"study read ({ResponseCodes.CriteriaName(a.Criteria)}{(a.Sdtm.Evaluator is { } ev ? ", evaluator " + ev : string.Empty)}):");
        foreach (var counts in (study?.Counts ?? []).Concat(recorded is null ? [] : [recorded.Counts]))
        {
            output.WriteLine($"  {counts}");
        }

        issues.AddRange(study?.Issues ?? []);
        issues.AddRange(recorded?.Issues ?? []);
        StudyEvaluation? evaluation = null;
        if (study is not null)
        {
            evaluation = StudyEvaluation.Evaluate(study, recorded, a.Criteria, a.Options);
            WriteSubjects(evaluation, output);
        }

        IReadOnlyList<RecordedBestResponse>? recordedBest = null;
        if (recorded is not null)
        {
            references ??= study?.Subjects.GroupBy(s => s.Usubjid).ToDictionary(g => g.Key, g => g.Min(s => s.Baseline.Date));
            recordedBest = RecordedBestResponse.Derive(recorded, references, a.Options.Recist11, issues);
            WriteRecordedBest(recordedBest, a.Criteria, output);
        }

        if (evaluation is not null && recorded is not null)
        {
            WriteComparison(evaluation, output);
        }

        WriteIssues(issues, output);
        if (a.OutDirectory is { } dir)
        {
            Directory.CreateDirectory(dir);
            if (evaluation is not null)
            {
                AdamWriter.WriteTimePoints(Path.Combine(dir, "adrs_ovr.csv"), evaluation);
            }

            AdamWriter.WriteSubjects(Path.Combine(dir, "adrs_bor.csv"), evaluation, recordedBest);
            AdamWriter.WriteIssues(Path.Combine(dir, "issues.csv"), issues);
            output.WriteLine($"written: {dir}/{(evaluation is null ? string.Empty : "adrs_ovr.csv, ")}adrs_bor.csv, issues.csv");
        }

        if (evaluation is not null && recorded is not null)
        {
            output.WriteLine($"concordance: {evaluation.Agree} agree, {evaluation.Disagree} disagree");
        }

        return CommandLine.Ok;
    }

    private static void WriteSubjects(StudyEvaluation evaluation, TextWriter w)
    {
        var criteria = evaluation.Criteria;
        w.WriteLine($"subjects: {evaluation.Subjects.Count} subject/evaluator series ({evaluation.Subjects.Select(s => s.Subject.Usubjid).Distinct().Count()} subjects)");
        var rows = evaluation.Subjects.Select(s => new[]
        {
            s.Subject.Usubjid,
            s.Subject.Evaluator,
            string.Join(" ", s.Comparisons.Select(c => c.DerivedOverall)),
            RecordedResponses.ToCode(s.Result.UnconfirmedBestOverallResponse.Response, criteria),
            RecordedResponses.ToCode(s.Result.ConfirmedBestOverallResponse.Response, criteria),
            s.Result.ProgressionDate is { } pd ? TextReport.Date(pd) : "-",
        }).ToList();
        TextTable.Write(w, ["USUBJID", "EVALUATOR", "derived calls", "BOR", "cBOR", "PD date"], rows);
    }

    private static void WriteRecordedBest(IReadOnlyList<RecordedBestResponse> best, Criteria criteria, TextWriter w)
    {
        w.WriteLine($"best overall response from the recorded calls (RS OVRLRESP alone):");
        var rows = best.Select(b => new[]
        {
            b.Subject.Usubjid,
            b.Subject.Evaluator,
            string.Join(" ", b.Subject.Visits.Select(v => v.Overall ?? "-")),
            RecordedResponses.ToCode(b.Best.Response, criteria),
            RecordedResponses.ToCode(b.Confirmed.Response, criteria),
            b.ProgressionDate is { } pd ? TextReport.Date(pd) : "-",
            TextReport.Date(b.ReferenceDate),
        }).ToList();
        TextTable.Write(w, ["USUBJID", "EVALUATOR", "recorded calls", "BOR", "cBOR", "PD date", "reference"], rows);
    }

    private static void WriteComparison(StudyEvaluation e, TextWriter w)
    {
        w.WriteLine($"comparison with the recorded overall responses ({e.Agree + e.Disagree} time points):");
        var recordedCodes = e.Confusion.Keys.Select(k => k.Recorded).Distinct().OrderBy(c => c, StringComparer.Ordinal).ToList();
        var derivedCodes = e.Confusion.Keys.Select(k => k.Derived).Distinct().OrderBy(c => c, StringComparer.Ordinal).ToList();
        var rows = recordedCodes.Select(r => new[] { r }.Concat(derivedCodes.Select(d => e.Confusion.TryGetValue((r, d), out var n) ? n.ToString(CultureInfo.InvariantCulture) : ".")).ToArray()).ToList();
        w.WriteLine("  recorded (rows) by derived (columns):");
        TextTable.Write(w, ["  recorded", .. derivedCodes], rows.Select(r => new[] { "  " + r[0] }.Concat(r.Skip(1)).ToArray()).ToList());
        var comparisons = e.Subjects.SelectMany(s => s.Comparisons).ToList();
        foreach (var (name, agrees) in new (string, Func<TimePointComparison, bool?>)[] { ("TRGRESP", c => c.TargetAgrees), ("NTRGRESP", c => c.NonTargetAgrees), ("NEWLPROG", c => c.NewLesionsAgree) })
        {
            var compared = comparisons.Select(agrees).Where(a => a is not null).ToList();
            if (compared.Count > 0)
            {
                w.WriteLine($"  {name}: {compared.Count(a => a == true)} agree, {compared.Count(a => a == false)} disagree");
            }
        }

        var disagreements = e.Disagreements.ToList();
        if (disagreements.Count > 0)
        {
            w.WriteLine("  disagreements:");
            foreach (var (s, c) in disagreements)
            {
                w.WriteLine($"    {s.Subject.Usubjid} {s.Subject.Evaluator} {c.Visit.Visit} {TextReport.Date(c.Visit.Date)}: recorded {c.Recorded!.Overall}, derived {c.DerivedOverall}");
                w.WriteLine($"      {c.Derived.Explanation}");
            }
        }

        if (e.UnmatchedRecorded.Count > 0)
        {
            w.WriteLine($"  recorded visits with no TR data to derive from: {e.UnmatchedRecorded.Count}");
            foreach (var u in e.UnmatchedRecorded.Take(20))
            {
                w.WriteLine($"    {u.Usubjid} {u.Evaluator} {u.Visit.Visit} (VISITNUM {u.Visit.VisitNumber.ToString(CultureInfo.InvariantCulture)}): recorded {u.Visit.Overall}");
            }
        }
    }

    private static void WriteIssues(List<SdtmIssue> issues, TextWriter w)
    {
        var errors = issues.Count(i => i.Severity == DiagnosticSeverity.Error);
        var warnings = issues.Count(i => i.Severity == DiagnosticSeverity.Warning);
        w.WriteLine($"issues: {errors} rejected records, {warnings} warnings, {issues.Count - errors - warnings} notes{(issues.Count > 20 ? " (first 20; all with --out in issues.csv)" : string.Empty)}");
        foreach (var issue in issues.OrderByDescending(i => i.Severity).Take(20))
        {
            w.WriteLine($"  {issue}");
        }
    }
}
