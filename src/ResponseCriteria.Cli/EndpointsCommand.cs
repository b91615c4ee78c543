using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using ResponseCriteria.Cases;
using ResponseCriteria.Diagnostics;
using ResponseCriteria.Endpoints;
using ResponseCriteria.Endpoints.Statistics;
using ResponseCriteria.IRecist;
using ResponseCriteria.Lesions;
using ResponseCriteria.Responses;
using ResponseCriteria.Results;
using ResponseCriteria.Sdtm;

namespace ResponseCriteria.Cli;

/// <summary><c>recist endpoints</c>: ADRS and ADTTE from SDTM (recorded or derived calls) and ADSL/DM, with a summary and reader agreement.</summary>
internal static class EndpointsCommand
{
    internal sealed record Arguments(
        string? Tu,
        string? Tr,
        string? SuppTr,
        string? Rs,
        string? Adsl,
        string? Dm,
        Criteria Criteria,
        string? Evaluator,
        bool Derived,
        string? OutDirectory,
        AdrsOptions Adrs,
        TimeToEventOptions TimeToEvent,
        SummaryOptions Summary,
        bool Verbose = false,
        IReadOnlyList<string>? Cases = null,
        bool OwnCriteria = false);

    internal static Command Command()
    {
        static Option<string?> File(string name, string description) => CommandLine.FileOption(name, description);
        var tu = File("--tu", "TU: the lesions (with --tr: derive the calls from the measurements; alone: measurable disease at baseline, MDIS).");
        var tr = File("--tr", "TR: the measurements the calls are derived from.");
        var supptr = File("--supptr", "SUPPTR: lesion locations per TR record.");
        var rs = File("--rs", "RS: the recorded overall responses (OVRLRESP), the calls the endpoints use unless --calls derived.");
        var adsl = File("--adsl", "ADSL: RANDDT (the reference date), TRTSDT, DTHDT, LSTALVDT and ARM per subject.");
        var dm = File("--dm", "SDTM DM instead of ADSL: RFSTDTC (reference date), DTHDTC, RFPENDTC (last known alive) and ARM.");
        var criteria = CommandLine.CriteriaOption("The criteria of the calls (default RECIST 1.1; iRECIST gives IPFS).");
        var evaluator = new Option<string?>("--evaluator") { Description = "Whose calls make the ADaM datasets (default INVESTIGATOR when present).", HelpName = "NAME" };
        var calls = new Option<string?>("--calls") { Description = "recorded (RS, the default with --rs) or derived (from TU/TR by the evaluator).", HelpName = "recorded|derived" };
        calls.AcceptOnlyFromAmong("recorded", "derived");
        var outDirectory = new Option<string?>("--out") { Description = "Write adrs.csv, adtte.csv, summary.json, agreement.csv (readers compared subject by subject) and issues.csv into this directory.", HelpName = "DIR" };
        var population = new Option<string?>("--population") { Description = "Response-rate denominator: randomised (default) or measurable (MDIS Y).", HelpName = "randomised|measurable" };
        population.AcceptOnlyFromAmong("randomised", "measurable");
        var cbDays = CommandLine.Count("--cb-days", "Least days from the reference date for SD to count as disease control / clinical benefit (default 42).");
        var gapDays = CommandLine.Count("--max-gap-days", "FDA 2018: a PD or death more than this many days after the last adequate assessment is censored there (default off).");
        var ipfs = new Option<string?>("--ipfs-date") { Description = "iPFS event date: iupd (the confirmed iUPD, default) or icpd.", HelpName = "iupd|icpd" };
        ipfs.AcceptOnlyFromAmong("iupd", "icpd");
        var wilson = new Option<bool>("--wilson") { Description = "Wilson intervals for rates instead of Clopper-Pearson." };
        var verbose = new Option<bool>("--verbose") { Description = "Print every issue." };
        var cases = new Argument<string[]>("FILE|DIR")
        {
            Description = "Case files (or directories of them) instead of SDTM: each case is a subject, its calls derived under --criteria; " +
                "without --adsl/--dm its reference date is the baseline scan and it is known alive at its last assessment.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command(
            "endpoints",
            "Study endpoints as ADaM: response parameters (ADRS: BOR, CBOR, RSP, CRSP, CB, CCB, BCP, CBCP, PD, DEATH, LSTA, MDIS) and " +
            "time to event (ADTTE: OS, PFS or IPFS, duration of response) with admiralonco's template defaults, from RS calls or calls " +
            "derived from TU/TR, and ADSL or DM; prints response rates with exact intervals, Kaplan-Meier medians, log-rank tests " +
            "between arms and, with several readers, their agreement (kappa, progression dates). Exit 0 done, 2 bad input.")
        {
            cases, tu, tr, supptr, rs, adsl, dm, criteria, evaluator, calls, outDirectory, population, cbDays, gapDays, ipfs, wilson, verbose,
        };
        command.SetAction(r =>
        {
            var (adslFile, dmFile) = (r.GetValue(adsl), r.GetValue(dm));
            var (tuFile, trFile, rsFile) = (r.GetValue(tu), r.GetValue(tr), r.GetValue(rs));
            var caseFiles = r.GetValue(cases) ?? [];
            if (adslFile is not null && dmFile is not null)
            {
                throw new CommandLine.UsageException("give the subjects' dates once: --adsl or --dm");
            }

            if (caseFiles.Length > 0 && (tuFile ?? trFile ?? rsFile ?? r.GetValue(calls)) is not null)
            {
                throw new CommandLine.UsageException("case files are read instead of SDTM: leave out --tu, --tr, --rs and --calls");
            }

            if (caseFiles.Length == 0 && adslFile is null && dmFile is null)
            {
                throw new CommandLine.UsageException("endpoints needs the subjects' dates: --adsl or --dm (one of them)");
            }

            var derived = caseFiles.Length > 0 || (r.GetValue(calls) is { } c ? c == "derived" : rsFile is null);
            if (caseFiles.Length == 0 && derived && (tuFile is null || trFile is null))
            {
                throw new CommandLine.UsageException("derived calls need --tu and --tr (or give --rs for the recorded calls)");
            }

            if (!derived && rsFile is null)
            {
                throw new CommandLine.UsageException("recorded calls need --rs");
            }

            if (trFile is not null && tuFile is null)
            {
                throw new CommandLine.UsageException("--tr needs --tu (the lesions it measures)");
            }

            var arguments = new Arguments(
                tuFile, trFile, r.GetValue(supptr), rsFile, adslFile, dmFile, r.GetValue(criteria) ?? Criteria.Recist11, r.GetValue(evaluator), derived, r.GetValue(outDirectory),
                new AdrsOptions { ClinicalBenefitDays = r.GetValue(cbDays) ?? AdrsOptions.Default.ClinicalBenefitDays },
                new TimeToEventOptions
                {
                    MaximumDaysWithoutAssessment = r.GetValue(gapDays) is { } g and > 0 ? g : null,
                    ImmuneProgressionDate = r.GetValue(ipfs) == "icpd" ? ImmuneProgressionDate.Confirmation : ImmuneProgressionDate.ConfirmedUnconfirmedProgression,
                },
                new SummaryOptions
                {
                    Population = r.GetValue(population) == "measurable" ? ResponsePopulation.MeasurableDisease : ResponsePopulation.Randomised,
                    RateInterval = r.GetValue(wilson) ? ProportionInterval.Wilson : ProportionInterval.ClopperPearson,
                },
                r.GetValue(verbose),
                caseFiles);
            return Run(arguments, r.InvocationConfiguration.Output, r.InvocationConfiguration.Error);
        });
        return command;
    }

    internal static int Run(Arguments a, TextWriter output, TextWriter error)
    {
        if (Load(a, error) is not { } study)
        {
            return CommandLine.BadInput;
        }

        var readers = study.Readers;
        var chosen = study.Chosen;

        var endpoints = chosen.Endpoints;
        var issues = new List<SdtmIssue>(study.Issues);
        issues.AddRange(endpoints.Issues);
        var summary = StudySummary.Of(endpoints, a.Summary);
        var agreement = ReaderAgreement.Pairwise(readers, a.Summary.Level);
        Reclassification? reclassification = null;
        if (study.OtherCriteria is { } otherReading)
        {
            var other = otherReading(chosen.Reader);
            reclassification = a.Criteria == Criteria.Recist11 ? Reclassification.Compare(endpoints, other, a.Summary.Level) : Reclassification.Compare(other, endpoints, a.Summary.Level);
        }

        var subjects = study.Subjects;
        var source = (a.Adsl ?? a.Dm) is { } file ? Path.GetFileName(file) : "case files";
        output.WriteLine($"subjects: {subjects.Subjects.Count} ({source}), {subjects.Subjects.Count(s => s.ReferenceDate is not null)} with a reference date");
        output.WriteLine($"calls: {study.Calls}, {ResponseCodes.CriteriaName(a.Criteria)}, evaluator {chosen.Reader}: " +
            $"{endpoints.Responses.Count(r => r.Analysed.Count > 0)} subjects assessed, {endpoints.Responses.Sum(r => r.Analysed.Count)} calls analysed");
        WriteSummary(summary, output);
        WriteAgreement(agreement, output);
        WriteReclassification(reclassification, chosen.Reader, output);
        SdtmCommand.WriteIssues(issues, output, a.Verbose, a.OutDirectory);
        if (a.OutDirectory is { } dir)
        {
            Directory.CreateDirectory(dir);
            EndpointWriter.WriteAdrs(Path.Combine(dir, "adrs.csv"), endpoints.Adrs);
            EndpointWriter.WriteAdtte(Path.Combine(dir, "adtte.csv"), endpoints.TimeToEvent);
            SummaryJson.Write(Path.Combine(dir, "summary.json"), summary, agreement, reclassification);
            EndpointWriter.WriteAgreement(Path.Combine(dir, "agreement.csv"), agreement);
            AdamWriter.WriteIssues(Path.Combine(dir, "issues.csv"), issues);
            output.WriteLine($"written: {dir}/adrs.csv, adtte.csv, summary.json, agreement.csv, issues.csv");
        }

        return CommandLine.Ok;
    }

    /// <summary>
    /// What the endpoints are derived from: the subjects, each reader's endpoints, the issues met, where the calls come from,
    /// and — for derived calls — a reader's endpoints under the other criteria (for the reclassification).
    /// </summary>
    internal sealed record Study(
        SubjectTable Subjects,
        List<(string Reader, StudyEndpoints Endpoints)> Readers,
        List<SdtmIssue> Issues,
        string Calls,
        Func<string, StudyEndpoints>? OtherCriteria,
        Func<string, IReadOnlyList<EvaluationResult>>? Results)
    {
        /// <summary>The evaluator whose calls make the datasets.</summary>
        internal (string Reader, StudyEndpoints Endpoints) Chosen { get; init; }

        /// <summary>Whether the results are case files read each under its own criteria, not all the same (no one summary then).</summary>
        internal bool MixedCriteria { get; init; }
    }

    /// <summary>
    /// Reads the study (case files or SDTM, and the subjects) and chooses the evaluator (--evaluator, else INVESTIGATOR when
    /// present, else the first); null after writing why to <paramref name="error"/>.
    /// </summary>
    internal static Study? Load(Arguments a, TextWriter error)
    {
        Study study;
        try
        {
            var given = CommandLine.ReadSubjects(a.Adsl, a.Dm);
            if (a.Cases is { Count: > 0 })
            {
                var cases = CommandLine.ReadCases(a.Cases, error, out var unreadable);
                if (unreadable > 0)
                {
                    return null;
                }

                study = FromCases(cases, given, a);
            }
            else
            {
                study = FromSdtm(given, a);
            }
        }
        catch (SdtmFormatException e)
        {
            error.WriteLine($"recist: {e.Message}");
            return null;
        }

        var readers = study.Readers;
        var chosenName = a.Evaluator ?? (readers.Any(r => r.Reader == "INVESTIGATOR") ? "INVESTIGATOR" : readers.FirstOrDefault().Reader);
        var chosen = readers.FirstOrDefault(r => string.Equals(r.Reader, chosenName, StringComparison.OrdinalIgnoreCase));
        if (chosen.Endpoints is null)
        {
            error.WriteLine($"recist: no calls by evaluator '{chosenName}' (found: {(readers.Count == 0 ? "none" : string.Join(", ", readers.Select(r => r.Reader)))})");
            return null;
        }

        return study with { Chosen = chosen };
    }

    private static Criteria Other(Criteria criteria) => criteria == Criteria.Recist11 ? Criteria.IRecist : Criteria.Recist11;

    /// <summary>SDTM: recorded calls per RS evaluator, or calls derived from TU/TR per TR evaluator (and under the other criteria).</summary>
    private static Study FromSdtm(SubjectTable? given, Arguments a)
    {
        var readers = new List<(string, StudyEndpoints)>();
        var issues = new List<SdtmIssue>();
        var tu = a.Tu is null ? null : SdtmTableReader.Read(a.Tu);
        IReadOnlyDictionary<string, bool>? Measurable(string reader) => tu is null ? null : StudyEndpoints.MeasurableDisease(tu, reader);
        if (!a.Derived)
        {
            var subjects = given!;
            var recorded = RecordedResponses.Read(SdtmTableReader.Read(a.Rs!), a.Criteria);
            issues.AddRange(recorded.Issues);
            foreach (var reader in recorded.Subjects.Select(s => s.Evaluator).Distinct().Order(StringComparer.Ordinal))
            {
                readers.Add((reader, StudyEndpoints.Derive(subjects, StudyEndpoints.CallsOf(recorded, reader), a.Criteria, Measurable(reader), a.Adrs, a.TimeToEvent)));
            }

            return new Study(subjects, readers, issues, "recorded (RS OVRLRESP)", null, null);
        }

        var study = SdtmStudyReader.Read(tu!, SdtmTableReader.Read(a.Tr!), a.SuppTr is null ? null : SdtmTableReader.Read(a.SuppTr), new SdtmOptions { ReferenceDates = given?.ReferenceDates() });
        issues.AddRange(study.Issues);

        // Without ADSL/DM (a report of the measurements): each subject starts at its baseline scan and is known alive at its last assessment.
        var derived = given ?? new SubjectTable(study.Subjects.GroupBy(s => s.Usubjid, StringComparer.Ordinal).Select(g => new StudySubject(g.Key)
        {
            StudyId = g.First().StudyId,
            ReferenceDate = g.Min(s => s.Baseline.Date),
            LastAliveDate = g.Max(s => s.FollowUps.Count > 0 ? s.FollowUps[^1].Date : s.Baseline.Date),
        }));
        var evaluation = StudyEvaluation.Evaluate(study, null, a.Criteria, new IRecistOptions());
        foreach (var reader in study.Subjects.Select(s => s.Evaluator).Distinct().Order(StringComparer.Ordinal))
        {
            readers.Add((reader, StudyEndpoints.Derive(derived, StudyEndpoints.CallsOf(evaluation, reader), a.Criteria, Measurable(reader), a.Adrs, a.TimeToEvent)));
        }

        var other = StudyEvaluation.Evaluate(study, null, Other(a.Criteria), new IRecistOptions());
        return new Study(
            derived,
            readers,
            issues,
            "derived from TU/TR",
            reader => StudyEndpoints.Derive(derived, StudyEndpoints.CallsOf(other, reader), other.Criteria, Measurable(reader), a.Adrs, a.TimeToEvent),
            reader => evaluation.Subjects.Where(s => string.Equals(s.Subject.Evaluator, reader, StringComparison.OrdinalIgnoreCase)).Select(s => s.Result).ToArray());
    }

    /// <summary>
    /// Case files: each case a subject (the subject table's when given, matched by case id; else its reference date is the
    /// series' or the baseline scan, and it is known alive at its last assessment), its calls derived under the criteria.
    /// </summary>
    private static Study FromCases(List<CaseFile> cases, SubjectTable? given, Arguments a)
    {
        var subjects = given ?? new SubjectTable(cases.Select(c => new StudySubject(c.Id)
        {
            ReferenceDate = c.Series.ReferenceDate ?? c.Series.Baseline.Date,
            LastAliveDate = c.Series.FollowUps.Count > 0 ? c.Series.FollowUps[^1].Date : c.Series.Baseline.Date,
        }));
        var measurable = cases.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Series.Lesions.Any(l => l.Role == LesionRole.Target), StringComparer.Ordinal);
        var issues = cases.GroupBy(c => c.Id, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => new SdtmIssue(DiagnosticSeverity.Error, "case files", 0, g.Key, "id", $"{g.Count()} case files have the id {g.Key}: only the first is analysed")).ToList();
        var unique = cases.GroupBy(c => c.Id, StringComparer.Ordinal).Select(g => g.First()).ToArray();
        EvaluationResult[] Evaluate(Criteria? criteria) => Array.ConvertAll(unique, c =>
        {
            var start = subjects.Find(c.Id)?.ReferenceDate;
            var series = start is { } s && c.Series.ReferenceDate is null ? c.Series.WithReferenceDate(s) : c.Series;
            return CaseEvaluator.Evaluate(new CaseFile(c.Id, c.Criteria, series, c.Title, c.Options, c.Expected), criteria);
        });
        StudyEndpoints Derive(Criteria criteria, EvaluationResult[] results)
        {
            var calls = new Dictionary<string, IReadOnlyList<AssessmentCall>>(StringComparer.Ordinal);
            for (var i = 0; i < unique.Length; i++)
            {
                calls[unique[i].Id] = results[i].TimePoints.Select((tp, k) => AssessmentCall.Of(tp.Date, tp.Response, criteria, string.Empty, k)).ToArray();
            }

            return StudyEndpoints.Derive(subjects, calls, criteria, measurable, a.Adrs, a.TimeToEvent);
        }

        // With OwnCriteria (a report without --criteria) each case is read under its own criteria, as `recist evaluate` reads it;
        // the endpoints need one criteria: the cases' own when they share it, else --criteria's default (and no summary is shown).
        var own = unique.Select(c => c.Criteria).Distinct().ToArray();
        var mixed = a.OwnCriteria && own.Length > 1;
        var criteria = a.OwnCriteria && own.Length == 1 ? own[0] : a.Criteria;
        var results = mixed ? Evaluate(null) : Evaluate(criteria);
        var endpoints = Derive(criteria, mixed ? Evaluate(criteria) : results);
        return new Study(subjects, [("cases", endpoints)], issues, "derived from the case files", _ => Derive(Other(criteria), Evaluate(Other(criteria))), _ => results)
        {
            MixedCriteria = mixed,
        };
    }

    private static void WriteSummary(StudySummary summary, TextWriter w)
    {
        w.WriteLine();
        w.WriteLine($"response ({Percent(summary.Options.Level)} CI, {summary.Options.RateInterval}; denominator: {(summary.Options.Population == ResponsePopulation.Randomised ? "randomised" : "measurable disease at baseline")}):");
        TextTable.Write(
            w,
            ["  arm", "n", "ORR", "confirmed ORR", "DCR"],
            summary.Arms.Select(a => new[] { "  " + a.Arm, Number(a.Subjects), Rate(a.ObjectiveResponse), Rate(a.ConfirmedObjectiveResponse), Rate(a.DiseaseControl) }).ToList(),
            1);
        w.WriteLine();
        w.WriteLine($"time to event (Kaplan-Meier, days; median with {Percent(summary.Options.Level)} CI, {summary.Options.SurvivalInterval}; NR = not reached, NE = not estimable):");
        TextTable.Write(
            w,
            ["  arm", "endpoint", "events/n", "median", "CI"],
            summary.Arms.SelectMany(a => a.Survival.Select(s => new[]
            {
                "  " + a.Arm, s.ParamCd, $"{s.Curve.Events}/{s.Curve.Subjects}", Days(s.Median.Estimate), $"{(s.Median.Lower is null ? "NE" : Days(s.Median.Lower))}–{Days(s.Median.Upper)}",
            })).ToList(),
            2,
            3);
        foreach (var (paramcd, test) in summary.Comparisons)
        {
            w.WriteLine(FormattableString.Invariant($"log-rank {paramcd}: chi-square {test.ChiSquare:F3}, df {test.DegreesOfFreedom}, p {test.PValue:F4}"));
        }
    }

    private static void WriteAgreement(IReadOnlyList<ReaderAgreement> agreement, TextWriter w)
    {
        if (agreement.Count == 0)
        {
            return;
        }

        w.WriteLine();
        w.WriteLine("reader agreement (subjects both assessed; BOR kappa with 95% CI; progression dates):");
        TextTable.Write(
            w,
            ["  readers", "n", "kappa", "linear kappa", "PD same date", "earlier", "later", "only first", "only second", "neither"],
            agreement.Select(a => new[]
            {
                $"  {a.First} vs {a.Second}", Number(a.Progression.Subjects), KappaText(a.BestResponse), KappaText(a.BestResponseLinear),
                Number(a.Progression.SameDate), Number(a.Progression.FirstEarlier), Number(a.Progression.FirstLater), Number(a.Progression.OnlyFirst), Number(a.Progression.OnlySecond), Number(a.Progression.Neither),
            }).ToList(),
            1, 4, 5, 6, 7, 8, 9);
    }

    private static void WriteReclassification(Reclassification? r, string reader, TextWriter w)
    {
        if (r is null)
        {
            return;
        }

        int Count(ProgressionFate fate) => r.Fates.Values.Count(f => f == fate);
        w.WriteLine();
        w.WriteLine($"RECIST 1.1 -> iRECIST ({reader}, derived): {r.Fates.Count} subjects progressed under RECIST 1.1: {Count(ProgressionFate.Confirmed)} confirmed (iCPD), " +
            $"{Count(ProgressionFate.Reset)} reset (pseudoprogression), {Count(ProgressionFate.Unconfirmed)} left unconfirmed; pseudoprogression rate {Rate(r.Pseudoprogression)}");
        w.WriteLine($"  median PFS {Days(r.ProgressionFreeSurvival.Median.Estimate)} days, iPFS {Days(r.ImmuneProgressionFreeSurvival.Median.Estimate)} days; " +
            $"{r.EventLater} subjects' progression event later or censored under iRECIST");
        var codes = r.BestResponses.Keys.Select(k => k.IRecist).Distinct().Order(StringComparer.Ordinal).ToArray();
        TextTable.Write(
            w,
            ["  BOR RECIST 1.1 \\ iRECIST", .. codes],
            r.BestResponses.Keys.Select(k => k.Recist).Distinct().Order(StringComparer.Ordinal)
                .Select(rc => new[] { "  " + rc }.Concat(codes.Select(ic => Number(r.BestResponses.GetValueOrDefault((rc, ic))))).ToArray()).ToList(),
            Enumerable.Range(1, codes.Length).ToArray());
    }

    private static string KappaText(Kappa? k) => k is null ? "-" : FormattableString.Invariant($"{k.Value:F2} ({k.Lower:F2}–{k.Upper:F2})");

    private static string Rate(Proportion p) => p.Total == 0 ? "-" : FormattableString.Invariant($"{p.Count} {p.Estimate * 100:F1}% ({p.Lower * 100:F1}–{p.Upper * 100:F1})");

    private static string Days(double? days) => days is { } d ? d.ToString("0.#", CultureInfo.InvariantCulture) : "NR";

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Percent(double level) => (level * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
