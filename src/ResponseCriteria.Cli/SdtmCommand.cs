using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using ResponseCriteria.Diagnostics;
using ResponseCriteria.Endpoints;
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
        IRecistOptions Options,
        bool Verbose = false,
        string? Adsl = null,
        string? Dm = null);

    /// <summary>The <c>sdtm</c> command: its options, and an action that checks how they combine and runs.</summary>
    internal static Command Command()
    {
        static Option<string?> File(string name, string description) => CommandLine.FileOption(name, description);
        static Option<bool> Flag(string name, string description) => new(name) { Description = description };
        var tu = File("--tu", "TU (tumour identification): the lesions, their role (TARGET, NON-TARGET, NEW) and location.");
        var tr = File("--tr", "TR (tumour results): diameters and states per visit and evaluator.");
        var supptr = File("--supptr", "SUPPTR: lesion locations per TR record (QNAM TRLOC); LYMPH NODE marks nodes.");
        var rs = File("--rs", "RS (disease response): the recorded calls to compare with, or to derive best response from.");
        var adsl = File("--adsl", "ADSL: each subject's RANDDT (else TRTSDT) is the reference date the SD minimum counts from (default: the baseline scan, or the first TU date for recorded calls).");
        var dm = File("--dm", "SDTM DM instead of ADSL: RFSTDTC is the reference date.");
        var criteria = CommandLine.CriteriaOption("The criteria to evaluate and the RSCAT to read (default RECIST 1.1).");
        var evaluator = new Option<string?>("--evaluator") { Description = "Only this evaluator (RSEVAL/RSEVALID, e.g. INVESTIGATOR).", HelpName = "NAME" };
        var outDirectory = new Option<string?>("--out") { Description = "Write adrs_ovr.csv, adrs_bor.csv and issues.csv into this directory.", HelpName = "DIR" };
        var imputation = new Option<string>("--date-imputation") { Description = "How a missing day of a partial date is imputed.", DefaultValueFactory = _ => "last" };
        imputation.AcceptOnlyFromAmong("first", "mid", "last");
        var confirmDays = CommandLine.Count("--confirm-days", "The least days between a response and its confirmation (default 28).");
        var maxNe = CommandLine.Count("--max-ne", "How many NE may stand between a response and its confirmation (default 1).");
        var acceptSd = Flag("--accept-sd", "Accept one SD between a PR and its confirmation (admiralonco accept_sd).");
        var sdDays = CommandLine.Count("--sd-days", "The least days from the reference date for SD to count as best response (default 42).");
        var final = Flag("--progression-final", "After the first PD every later time point is PD (the evaluator's default).");
        var reappearancePd = Flag("--reappearance-pd", "Disease reappearing after a CR is PD whatever the sum (the evaluator's default).");
        var reference = new Option<string?>("--pd-reference") { Description = "The sum target growth is measured from (default nadir)." };
        reference.AcceptOnlyFromAmong("nadir", "baseline");
        var minMm = new Option<decimal?>("--pd-min-mm") { Description = "The least increase in mm for target PD (default 5).", HelpName = "MM" };
        var verbose = Flag("--verbose", "Print every issue, not a count per kind.");
        var command = new Command(
            "sdtm",
            "Reads CDISC SDTM tumour domains (CSV, gzip-compressed CSV or Dataset-JSON), evaluates every subject and evaluator, and " +
            "with --rs compares the derived time-point calls with the recorded ones, ending with \"concordance: N agree, N disagree\". " +
            "--rs alone (or with --tu for the reference start dates) derives best overall response from the recorded calls. Visits are " +
            "called as trial databases record them: each from its own data, reappearance after CR judged by the sums " +
            "(--progression-final and --reappearance-pd restore the evaluator's guideline defaults). Exit 0 on a completed run " +
            "(disagreements are findings), 2 on unreadable input.")
        {
            tu, tr, supptr, rs, adsl, dm, criteria, evaluator, outDirectory, imputation, confirmDays, maxNe, acceptSd, sdDays, final, reappearancePd, reference, minMm, verbose,
        };
        command.SetAction(r =>
        {
            var (tuFile, trFile, suppFile, rsFile) = (r.GetValue(tu), r.GetValue(tr), r.GetValue(supptr), r.GetValue(rs));
            if (trFile is not null && tuFile is null)
            {
                throw new CommandLine.UsageException("--tr needs --tu (the lesions it measures)");
            }

            if (tuFile is not null && trFile is null && rsFile is null)
            {
                throw new CommandLine.UsageException("--tu needs --tr to derive calls, or --rs to give the recorded calls' reference dates");
            }

            if (tuFile is null && rsFile is null)
            {
                throw new CommandLine.UsageException("sdtm needs --tu and --tr, or --rs");
            }

            if (suppFile is not null && trFile is null)
            {
                throw new CommandLine.UsageException("--supptr goes with --tu and --tr");
            }

            if (r.GetValue(adsl) is not null && r.GetValue(dm) is not null)
            {
                throw new CommandLine.UsageException("give the reference dates once: --adsl or --dm");
            }

            // Every option not given keeps the SDTM default (StudyEvaluation.DefaultOptions).
            var defaults = StudyEvaluation.DefaultOptions.Recist11;
            var recist = new Recist11Options
            {
                MinimumConfirmationDays = r.GetValue(confirmDays) ?? defaults.MinimumConfirmationDays,
                MaximumNotEvaluableBetweenConfirmation = r.GetValue(maxNe) ?? defaults.MaximumNotEvaluableBetweenConfirmation,
                AcceptStableDiseaseBetweenConfirmation = r.GetValue(acceptSd) || defaults.AcceptStableDiseaseBetweenConfirmation,
                MinimumStableDiseaseDays = r.GetValue(sdDays) ?? defaults.MinimumStableDiseaseDays,
                ProgressionIsFinal = r.GetValue(final) || defaults.ProgressionIsFinal,
                ReappearanceAfterCompleteResponseIsProgression = r.GetValue(reappearancePd) || defaults.ReappearanceAfterCompleteResponseIsProgression,
                ProgressionReference = r.GetValue(reference) switch
                {
                    "baseline" => ProgressionReference.Baseline,
                    "nadir" => ProgressionReference.Nadir,
                    _ => defaults.ProgressionReference,
                },
                ProgressionMinimumIncreaseMillimetres = r.GetValue(minMm) is { } mm
                    ? (mm >= 0 ? mm : throw new CommandLine.UsageException($"--pd-min-mm expects millimetres from 0, not {mm.ToString(CultureInfo.InvariantCulture)}"))
                    : defaults.ProgressionMinimumIncreaseMillimetres,
            };
            var day = r.GetValue(imputation) switch
            {
                "first" => DayImputation.First,
                "mid" => DayImputation.Middle,
                _ => DayImputation.Last,
            };
            var arguments = new Arguments(
                tuFile, trFile, suppFile, rsFile, r.GetValue(criteria) ?? Criteria.Recist11, r.GetValue(outDirectory),
                new SdtmOptions { DayImputation = day, Evaluator = r.GetValue(evaluator) }, new IRecistOptions { Recist11 = recist }, r.GetValue(verbose), r.GetValue(adsl), r.GetValue(dm));
            return Run(arguments, r.InvocationConfiguration.Output, r.InvocationConfiguration.Error);
        });
        return command;
    }

    internal static int Run(Arguments a, TextWriter output, TextWriter error)
    {
        SdtmStudy? study = null;
        RecordedResponses? recorded = null;
        IReadOnlyDictionary<string, LocalDate>? references = null;
        try
        {
            if (CommandLine.ReadSubjects(a.Adsl, a.Dm) is { } subjects)
            {
                references = subjects.ReferenceDates();
                a = a with { Sdtm = new SdtmOptions { DayImputation = a.Sdtm.DayImputation, Evaluator = a.Sdtm.Evaluator, ReferenceDates = references } };
            }

            if (a.Tu is not null && a.Tr is null && references is null)
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

        WriteIssues(issues, output, a.Verbose, a.OutDirectory);
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

    /// <summary>One line per kind of issue (severity and variable) with a count and an example; every issue with --verbose.</summary>
    internal static void WriteIssues(List<SdtmIssue> issues, TextWriter w, bool verbose, string? outDirectory)
    {
        var errors = issues.Count(i => i.Severity == DiagnosticSeverity.Error);
        var warnings = issues.Count(i => i.Severity == DiagnosticSeverity.Warning);
        var where = outDirectory is null ? "--out DIR writes them all to issues.csv" : $"all in {Path.Combine(outDirectory, "issues.csv")}";
        w.WriteLine($"issues: {errors} rejected records, {warnings} warnings, {issues.Count - errors - warnings} notes{(issues.Count > 0 && !verbose ? $" ({where}; --verbose prints them)" : string.Empty)}");
        if (verbose)
        {
            foreach (var issue in issues.OrderByDescending(i => i.Severity))
            {
                w.WriteLine($"  {issue}");
            }

            return;
        }

        foreach (var kind in issues.GroupBy(i => (i.Severity, i.Variable)).OrderByDescending(g => g.Key.Severity).ThenBy(g => g.Key.Variable, StringComparer.Ordinal))
        {
            var e = kind.First();
            w.WriteLine($"  {kind.Key.Severity.ToString().ToLowerInvariant()} {kind.Key.Variable}: {kind.Count()}, e.g. {Path.GetFileName(e.Source)}{(e.Row > 0 ? $" row {e.Row}" : string.Empty)} USUBJID {e.Usubjid}: {e.Message}");
        }
    }
}
