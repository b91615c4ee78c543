using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using ResponseCriteria.Diagnostics;
using ResponseCriteria.Lesions;
using ResponseCriteria.Series;

namespace ResponseCriteria.Sdtm;

/// <summary>
/// Maps CDISC SDTM TU (tumour identification), TR (tumour results) and SUPPTR (TRLOC) to one <see cref="PatientSeries"/> per
/// subject and evaluator (docs/sdtm.md has the mapping, variable by variable). A record that cannot be mapped is rejected with an
/// issue naming the file, row, USUBJID and variable; the rest of the study is still mapped.
/// </summary>
public static class SdtmStudyReader
{
    private const string LymphNode = "LYMPH NODE";

    /// <summary>Maps a study.</summary>
    /// <param name="tu">The TU table.</param>
    /// <param name="tr">The TR table.</param>
    /// <param name="supptr">The SUPPTR table (TRLOC by TRSEQ), or null.</param>
    /// <param name="options">The options; null for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tu"/> or <paramref name="tr"/> is null.</exception>
    /// <exception cref="SdtmFormatException">A table lacks a variable the mapping needs.</exception>
    public static SdtmStudy Read(SdtmTable tu, SdtmTable tr, SdtmTable? supptr = null, SdtmOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tu);
        ArgumentNullException.ThrowIfNull(tr);
        tu.Require("USUBJID", "TULNKID");
        tr.Require("USUBJID", "TRLNKID", "TRTESTCD", "TRSTRESC", "VISITNUM", "TRDTC");
        return new Mapping(tu, tr, supptr, options ?? SdtmOptions.Default).Run();
    }

    /// <summary>
    /// The reference start date per subject from TU alone: the earliest TUDTC of its records (a missing day imputed as the options
    /// say). For deriving best response from recorded calls when no TR is given.
    /// </summary>
    /// <param name="tu">The TU table.</param>
    /// <param name="options">The options; null for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tu"/> is null.</exception>
    /// <exception cref="SdtmFormatException">TU lacks USUBJID or TUDTC.</exception>
    public static IReadOnlyDictionary<string, LocalDate> ReferenceDates(SdtmTable tu, SdtmOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tu);
        tu.Require("USUBJID", "TUDTC");
        options ??= SdtmOptions.Default;
        var dates = new Dictionary<string, LocalDate>(StringComparer.Ordinal);
        for (var i = 0; i < tu.RowCount; i++)
        {
            if (SdtmDates.TryParse(tu.Get(i, "TUDTC"), options.DayImputation, out var date) != SdtmDates.Outcome.Invalid
                && (!dates.TryGetValue(tu.Get(i, "USUBJID"), out var known) || date < known))
            {
                dates[tu.Get(i, "USUBJID")] = date;
            }
        }

        return dates;
    }

    private sealed class LesionInfo(string id, string role, string organ)
    {
        internal string Id { get; } = id;

        internal string Role { get; } = role;

        internal string Organ { get; set; } = organ;

        internal (decimal Visit, string Location)? LocationFromTr { get; set; }
    }

    private sealed class VisitBuild(decimal number, string name)
    {
        internal decimal Number { get; } = number;

        internal string Name { get; } = name;

        internal LocalDate? Date { get; set; }

        internal bool Imputed { get; set; }

        internal int DateRow { get; set; }

        internal bool Accepted { get; set; }

        internal Dictionary<string, Dictionary<string, int>> Measures { get; } = new(StringComparer.Ordinal);

        internal Dictionary<string, int> States { get; } = new(StringComparer.Ordinal);
    }

    private sealed record TrRecord(int Row, string Lesion, string Test, LocalDate Date, bool Imputed);

    private sealed class SubjectBuild(string studyId, string usubjid, string evaluator)
    {
        internal string StudyId { get; } = studyId;

        internal string Usubjid { get; } = usubjid;

        internal string Evaluator { get; } = evaluator;

        internal List<LesionInfo> Lesions { get; } = new();

        internal Dictionary<string, LesionInfo> ById { get; } = new(StringComparer.Ordinal);

        internal SortedDictionary<decimal, List<TrRecord>> Records { get; } = new();
    }

    private sealed class Mapping(SdtmTable tu, SdtmTable tr, SdtmTable? supptr, SdtmOptions options)
    {
        private readonly List<SdtmIssue> issues = new();
        private readonly Dictionary<(string Usubjid, string Evaluator), SubjectBuild> subjects = new();
        private readonly Dictionary<(string, string), (string Location, int Row)> locations = new();
        private readonly HashSet<int> suppUsed = new();
        private readonly bool[] trUsed = new bool[tr.RowCount];
        private readonly bool[] trRejected = new bool[tr.RowCount];
        private int tuUsed;
        private int tuNotNeeded;
        private int tuRejected;

        internal SdtmStudy Run()
        {
            ReadSupp();
            ReadTu();
            ReadTr();
            var built = new List<SdtmSubject>();
            foreach (var key in subjects.Keys.OrderBy(k => k.Usubjid, StringComparer.Ordinal).ThenBy(k => k.Evaluator, StringComparer.Ordinal))
            {
                if (Build(subjects[key]) is { } subject)
                {
                    built.Add(subject);
                }
            }

            var trNotNeeded = 0;
            var trUsedCount = 0;
            var trRejectedCount = 0;
            for (var i = 0; i < tr.RowCount; i++)
            {
                if (trRejected[i])
                {
                    trRejectedCount++;
                }
                else if (trUsed[i])
                {
                    trUsedCount++;
                }
                else
                {
                    trNotNeeded++;
                }
            }

            var counts = new List<SdtmRowCounts>
            {
                new(tu.Source, tu.RowCount, tuUsed, tuNotNeeded, tuRejected),
                new(tr.Source, tr.RowCount, trUsedCount, trNotNeeded, trRejectedCount),
            };
            if (supptr is not null)
            {
                counts.Add(new SdtmRowCounts(supptr.Source, supptr.RowCount, suppUsed.Count, supptr.RowCount - suppUsed.Count, 0));
            }

            return new SdtmStudy(built, counts, issues);
        }

        private void Issue(DiagnosticSeverity severity, SdtmTable table, int row, string variable, string message)
            => issues.Add(new SdtmIssue(severity, table.Source, row + 1, row >= 0 ? table.Get(row, "USUBJID") : string.Empty, variable, message));

        private void RejectTr(int row, string variable, string message)
        {
            trRejected[row] = true;
            Issue(DiagnosticSeverity.Error, tr, row, variable, message);
        }

        /// <summary>A second record of the same result: an exact copy is not needed (warning); a different value is rejected (error).</summary>
        private void Duplicate(int row, int first, string what)
        {
            if (string.Equals(tr.Get(row, "TRSTRESC"), tr.Get(first, "TRSTRESC"), StringComparison.OrdinalIgnoreCase))
            {
                Issue(DiagnosticSeverity.Warning, tr, row, "TRSTRESC", $"{what} repeats row {first + 1} with the same result; the copy is not needed");
            }
            else
            {
                RejectTr(row, "TRSTRESC", $"{what} is recorded again with another result ('{tr.Get(row, "TRSTRESC")}' after '{tr.Get(first, "TRSTRESC")}' in row {first + 1}); the first is used");
            }
        }

        private void ReadSupp()
        {
            if (supptr is null)
            {
                return;
            }

            for (var i = 0; i < supptr.RowCount; i++)
            {
                if (string.Equals(supptr.Get(i, "QNAM"), "TRLOC", StringComparison.OrdinalIgnoreCase)
                    && string.Equals(supptr.Get(i, "IDVAR"), "TRSEQ", StringComparison.OrdinalIgnoreCase)
                    && supptr.Get(i, "QVAL").Length > 0)
                {
                    locations[(supptr.Get(i, "USUBJID"), supptr.Get(i, "IDVARVAL"))] = (supptr.Get(i, "QVAL"), i);
                }
            }
        }

        private void ReadTu()
        {
            for (var i = 0; i < tu.RowCount; i++)
            {
                var usubjid = tu.Get(i, "USUBJID");
                var testcd = tu.Get(i, "TUTESTCD");
                var evaluator = SdtmDates.Evaluator(tu.Get(i, "TUEVAL"), tu.Get(i, "TUEVALID"));
                if ((testcd.Length > 0 && !testcd.Equals("TUMIDENT", StringComparison.OrdinalIgnoreCase)) || !options.Selects(evaluator))
                {
                    tuNotNeeded++;
                    continue;
                }

                var role = (tu.Get(i, "TUSTRESC").Length > 0 ? tu.Get(i, "TUSTRESC") : tu.Get(i, "TUORRES")).ToUpperInvariant();
                var id = tu.Get(i, "TULNKID");
                string? problem = usubjid.Length == 0 ? "USUBJID is empty"
                    : id.Length == 0 ? "TULNKID is empty: the lesion cannot be linked to TR"
                    : role is not ("TARGET" or "NON-TARGET" or "NEW") ? $"expected TARGET, NON-TARGET or NEW, found '{role}'"
                    : null;
                if (problem is not null)
                {
                    tuRejected++;
                    Issue(DiagnosticSeverity.Error, tu, i, problem.StartsWith("expected", StringComparison.Ordinal) ? "TUSTRESC" : problem.StartsWith("USUBJID", StringComparison.Ordinal) ? "USUBJID" : "TULNKID", problem);
                    continue;
                }

                var key = (usubjid, evaluator);
                if (!subjects.TryGetValue(key, out var subject))
                {
                    subjects[key] = subject = new SubjectBuild(tu.Get(i, "STUDYID"), usubjid, evaluator);
                }

                if (subject.ById.ContainsKey(id))
                {
                    tuRejected++;
                    Issue(DiagnosticSeverity.Error, tu, i, "TULNKID", $"lesion {id} is identified twice for evaluator {evaluator}; the first record is used");
                    continue;
                }

                var lesion = new LesionInfo(id, role, tu.Get(i, "TULOC"));
                subject.Lesions.Add(lesion);
                subject.ById[id] = lesion;
                tuUsed++;
            }
        }

        private void ReadTr()
        {
            for (var i = 0; i < tr.RowCount; i++)
            {
                var usubjid = tr.Get(i, "USUBJID");
                var evaluator = SdtmDates.Evaluator(tr.Get(i, "TREVAL"), tr.Get(i, "TREVALID"));
                var testcd = tr.Get(i, "TRTESTCD").ToUpperInvariant();
                if (!options.Selects(evaluator) || testcd is not ("LDIAM" or "LPERP" or "DIAMETER" or "TUMSTATE"))
                {
                    continue; // not needed: another evaluator, or a derived or other test (SUMDIAM, …)
                }

                if (!subjects.TryGetValue((usubjid, evaluator), out var subject))
                {
                    RejectTr(i, "USUBJID", $"no TU identification for subject {usubjid} and evaluator {evaluator}");
                    continue;
                }

                var id = tr.Get(i, "TRLNKID");
                if (!subject.ById.TryGetValue(id, out var lesion))
                {
                    RejectTr(i, "TRLNKID", $"lesion '{id}' is not identified in TU for evaluator {evaluator}");
                    continue;
                }

                if (!SdtmDates.TryVisitNumber(tr.Get(i, "VISITNUM"), out var visitNumber))
                {
                    RejectTr(i, "VISITNUM", $"expected a visit number, found '{tr.Get(i, "VISITNUM")}'");
                    continue;
                }

                var outcome = SdtmDates.TryParse(tr.Get(i, "TRDTC"), options.DayImputation, out var date);
                if (outcome == SdtmDates.Outcome.Invalid)
                {
                    RejectTr(i, "TRDTC", $"expected an ISO 8601 date with at least year and month, found '{tr.Get(i, "TRDTC")}'");
                    continue;
                }

                var isMeasure = testcd != "TUMSTATE";
                if (isMeasure != (lesion.Role == "TARGET") && !(isMeasure && lesion.Role == "NEW"))
                {
                    RejectTr(i, "TRTESTCD", $"{testcd} does not apply to {lesion.Role.ToLowerInvariant()} lesion {id}");
                    continue;
                }

                if (locations.TryGetValue((usubjid, tr.Get(i, "TRSEQ")), out var location) && (lesion.LocationFromTr is not { } known || visitNumber < known.Visit))
                {
                    lesion.LocationFromTr = (visitNumber, location.Location);
                    suppUsed.Add(location.Row);
                }

                if (!subject.Records.TryGetValue(visitNumber, out var records))
                {
                    subject.Records[visitNumber] = records = new List<TrRecord>();
                }

                records.Add(new TrRecord(i, id, testcd, date, outcome == SdtmDates.Outcome.DayImputed));
            }
        }

        /// <summary>One visit's records as one assessment (or several, when VISITNUM was reused on different dates).</summary>
        private VisitBuild Visit(decimal number, List<TrRecord> records)
        {
            var visit = new VisitBuild(number, tr.Get(records[0].Row, "VISIT"));
            foreach (var record in records)
            {
                var i = record.Row;
                if (visit.Date is null || record.Date < visit.Date)
                {
                    visit.Date = record.Date;
                    visit.Imputed = record.Imputed;
                    visit.DateRow = i;
                }

                visit.Accepted |= SdtmDates.IsYes(tr.Get(i, "TRACPTFL"));
                if (record.Test != "TUMSTATE")
                {
                    if (!visit.Measures.TryGetValue(record.Lesion, out var tests))
                    {
                        visit.Measures[record.Lesion] = tests = new Dictionary<string, int>(StringComparer.Ordinal);
                    }

                    if (tests.TryGetValue(record.Test, out var first))
                    {
                        Duplicate(i, first, $"{record.Test} for lesion {record.Lesion} at visit {visit.Name}");
                    }
                    else
                    {
                        tests[record.Test] = i;
                    }
                }
                else if (visit.States.TryGetValue(record.Lesion, out var first))
                {
                    Duplicate(i, first, $"TUMSTATE for lesion {record.Lesion} at visit {visit.Name}");
                }
                else
                {
                    visit.States[record.Lesion] = i;
                }
            }

            return visit;
        }

        private SdtmSubject? Build(SubjectBuild s)
        {
            foreach (var lesion in s.Lesions)
            {
                if (lesion.Organ.Length == 0)
                {
                    lesion.Organ = lesion.LocationFromTr?.Location ?? "UNKNOWN";
                }
            }

            var built = new List<VisitBuild>();
            foreach (var (number, records) in s.Records)
            {
                foreach (var group in VisitGroups.Split(records, r => r.Lesion + "|" + r.Test, r => r.Date, r => r.Imputed))
                {
                    built.Add(Visit(number, group));
                }
            }

            if (built.Count == 0)
            {
                issues.Add(new SdtmIssue(DiagnosticSeverity.Warning, tr.Source, 0, s.Usubjid, "TRLNKID", $"no usable TR record for evaluator {s.Evaluator}: the subject is not evaluated"));
                return null;
            }

            var lesions = new List<Lesion>();
            foreach (var l in s.Lesions)
            {
                if (l.Role != "NEW")
                {
                    lesions.Add(new Lesion(l.Id, l.Organ, l.Role == "TARGET" ? LesionRole.Target : LesionRole.NonTarget, IsNode(l.Organ)));
                }
            }

            var visits = new List<SdtmVisit>();
            var assessments = new List<Assessment>();
            // Assessments are in date order (VISITNUM breaks ties): unscheduled visits are often numbered out of time order.
            built.Sort((a, b) => a.Date!.Value != b.Date!.Value ? a.Date.Value.CompareTo(b.Date.Value) : a.Number.CompareTo(b.Number));
            foreach (var visit in built)
            {
                var date = visit.Date!.Value;
                if (visit.Imputed)
                {
                    Issue(DiagnosticSeverity.Info, tr, visit.DateRow, "TRDTC", $"partial date '{tr.Get(visit.DateRow, "TRDTC")}' of visit {visit.Name} ({s.Evaluator}) imputed to {date:uuuu-MM-dd} ({SdtmDates.Describe(options.DayImputation)})");
                }

                visits.Add(new SdtmVisit(visit.Number, visit.Name, date, visit.Imputed, visit.Accepted));
                assessments.Add(Assessment(s, visit, date, isBaseline: assessments.Count == 0));
            }

            var series = new PatientSeries(lesions, assessments[0], assessments.Skip(1), id: $"{s.Usubjid} {s.Evaluator}")
            {
                ReferenceDate = options.ReferenceDates?.TryGetValue(s.Usubjid, out var reference) == true ? reference : null,
            };
            return new SdtmSubject(s.StudyId, s.Usubjid, s.Evaluator, series, visits[0], visits.Skip(1).ToArray());
        }

        private static bool IsNode(string organ) => organ.Contains(LymphNode, StringComparison.OrdinalIgnoreCase);

        private Assessment Assessment(SubjectBuild s, VisitBuild visit, LocalDate date, bool isBaseline)
        {
            var targets = new Dictionary<string, Measurement>(StringComparer.Ordinal);
            var nonTargets = new Dictionary<string, NonTargetStatus>(StringComparer.Ordinal);
            var newLesions = new List<NewLesion>();
            foreach (var lesion in s.Lesions)
            {
                switch (lesion.Role)
                {
                    case "TARGET" when visit.Measures.TryGetValue(lesion.Id, out var tests):
                        if (Measure(lesion, tests) is { } m)
                        {
                            targets[lesion.Id] = m;
                        }

                        break;
                    case "NON-TARGET" when visit.States.TryGetValue(lesion.Id, out var row):
                        if (State(row) is { } state)
                        {
                            nonTargets[lesion.Id] = state;
                        }

                        break;
                    case "NEW" when visit.States.TryGetValue(lesion.Id, out var row) || visit.Measures.ContainsKey(lesion.Id):
                        if (isBaseline)
                        {
                            issues.Add(new SdtmIssue(DiagnosticSeverity.Warning, tr.Source, 0, s.Usubjid, "TRLNKID", $"new lesion {lesion.Id} is recorded at the baseline visit {visit.Name}: ignored"));
                            break;
                        }

                        if (NewLesion(lesion, visit) is { } n)
                        {
                            newLesions.Add(n);
                        }

                        break;
                }
            }

            // A visit named UNSCHEDULED is an unscheduled scan (iRECIST: it may confirm an iUPD early by an additional new lesion).
            bool? unscheduled = visit.Name.Contains("UNSCHEDULED", StringComparison.OrdinalIgnoreCase) ? true : null;
            return new Assessment(date, targets, nonTargets, newLesions, unscheduled);
        }

        /// <summary>The measurement of a target: DIAMETER when recorded, else the short axis (LPERP) for a node and the longest diameter (LDIAM) otherwise.</summary>
        private Measurement? Measure(LesionInfo lesion, Dictionary<string, int> tests)
        {
            var node = IsNode(lesion.Organ);
            var preferred = tests.ContainsKey("DIAMETER") ? "DIAMETER" : node ? "LPERP" : "LDIAM";
            if (!tests.TryGetValue(preferred, out var row))
            {
                var fallback = tests.Keys.First();
                row = tests[fallback];
                Issue(DiagnosticSeverity.Warning, tr, row, "TRTESTCD", $"lesion {lesion.Id} ({(node ? "node" : "non-nodal")}) has no {preferred}; {fallback} is used");
            }

            trUsed[row] = true;
            var text = tr.Get(row, "TRSTRESC").ToUpperInvariant();
            if (text.Length == 0)
            {
                if (!string.Equals(tr.Get(row, "TRSTAT"), "NOT DONE", StringComparison.OrdinalIgnoreCase))
                {
                    Issue(DiagnosticSeverity.Warning, tr, row, "TRSTRESC", $"no result for lesion {lesion.Id} and TRSTAT is not NOT DONE: read as not evaluable");
                }

                return Measurement.NotEvaluable;
            }

            if (text is "TOO SMALL TO MEASURE" or "TSTM")
            {
                return Measurement.TooSmallToMeasure;
            }

            if (text is "NOT EVALUABLE" or "NE" or "NOT ASSESSABLE")
            {
                return Measurement.NotEvaluable;
            }

            if (SdtmTableReader.TryDecimal(text, out var mm) && mm >= 0m && mm <= Measurement.MaximumMillimetres)
            {
                return Measurement.FromMillimetres(mm);
            }

            trUsed[row] = false;
            RejectTr(row, "TRSTRESC", $"expected a size in mm, TOO SMALL TO MEASURE or NOT EVALUABLE for lesion {lesion.Id}, found '{tr.Get(row, "TRSTRESC")}': the lesion is not evaluable at this visit");
            return Measurement.NotEvaluable;
        }

        private NonTargetStatus? State(int row)
        {
            trUsed[row] = true;
            var text = tr.Get(row, "TRSTRESC").ToUpperInvariant();
            switch (text)
            {
                case "PRESENT":
                case "EQUIVOCAL":
                    return NonTargetStatus.Present;
                case "ABSENT":
                    return NonTargetStatus.Absent;
                case "UNEQUIVOCAL" or "UNEQUIVOCAL PROGRESSION" or "PROGRESSION":
                    return NonTargetStatus.Progression;
                case "" or "NOT EVALUABLE" or "NE" or "NOT ASSESSABLE":
                    return NonTargetStatus.NotEvaluable;
                default:
                    trUsed[row] = false;
                    RejectTr(row, "TRSTRESC", $"expected PRESENT, ABSENT, UNEQUIVOCAL PROGRESSION or NOT EVALUABLE, found '{tr.Get(row, "TRSTRESC")}': read as not evaluable");
                    return NonTargetStatus.NotEvaluable;
            }
        }

        private NewLesion? NewLesion(LesionInfo lesion, VisitBuild visit)
        {
            Measurement? size = visit.Measures.TryGetValue(lesion.Id, out var tests) ? Measure(lesion, tests) : null;
            var status = NonTargetStatus.Present;
            var equivocal = false;
            if (visit.States.TryGetValue(lesion.Id, out var row))
            {
                trUsed[row] = true;
                switch (tr.Get(row, "TRSTRESC").ToUpperInvariant())
                {
                    case "EQUIVOCAL":
                        equivocal = true;
                        break;
                    case "ABSENT":
                        status = NonTargetStatus.Absent;
                        break;
                    case "" or "NOT EVALUABLE" or "NE":
                        status = NonTargetStatus.NotEvaluable;
                        break;
                    case "UNEQUIVOCAL" or "PRESENT" or "UNEQUIVOCAL PROGRESSION" or "PROGRESSION":
                        break;
                    default:
                        trUsed[row] = false;
                        RejectTr(row, "TRSTRESC", $"expected UNEQUIVOCAL, EQUIVOCAL, PRESENT or ABSENT for new lesion {lesion.Id}, found '{tr.Get(row, "TRSTRESC")}'");
                        return null;
                }
            }

            return new NewLesion(lesion.Id, lesion.Organ, IsNode(lesion.Organ), size, status, equivocal);
        }
    }
}
