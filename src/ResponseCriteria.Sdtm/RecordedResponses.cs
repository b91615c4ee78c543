using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using ResponseCriteria.Diagnostics;
using ResponseCriteria.Responses;

namespace ResponseCriteria.Sdtm;

/// <summary>One visit's recorded responses (RS) for one subject and evaluator.</summary>
public sealed class RecordedVisit
{
    internal RecordedVisit(decimal visitNumber, string visit, LocalDate date, bool accepted)
    {
        VisitNumber = visitNumber;
        Visit = visit;
        Date = date;
        Accepted = accepted;
    }

    /// <summary>VISITNUM.</summary>
    public decimal VisitNumber { get; }

    /// <summary>VISIT.</summary>
    public string Visit { get; }

    /// <summary>RSDTC (day imputed where partial).</summary>
    public LocalDate Date { get; }

    /// <summary>Whether RSACPTFL = Y.</summary>
    public bool Accepted { get; }

    /// <summary>OVRLRESP as recorded (RSSTRESC), or null.</summary>
    public string? Overall { get; internal set; }

    /// <summary>TRGRESP as recorded, or null.</summary>
    public string? Target { get; internal set; }

    /// <summary>NTRGRESP as recorded, or null.</summary>
    public string? NonTarget { get; internal set; }

    /// <summary>NEWLPROG (or NEWLIND) as recorded, or null.</summary>
    public string? NewLesions { get; internal set; }

    /// <summary>The 1-based RS row of OVRLRESP.</summary>
    public int OverallRow { get; internal set; }
}

/// <summary>A subject's recorded visits for one evaluator.</summary>
public sealed class RecordedSubject
{
    internal RecordedSubject(string studyId, string usubjid, string evaluator, IReadOnlyList<RecordedVisit> visits)
    {
        StudyId = studyId;
        Usubjid = usubjid;
        Evaluator = evaluator;
        Visits = visits;
    }

    /// <summary>STUDYID as recorded on the subject's RS rows (empty when RS has none).</summary>
    public string StudyId { get; }

    /// <summary>USUBJID.</summary>
    public string Usubjid { get; }

    /// <summary>The evaluator (RSEVALID, or RSEVAL when empty).</summary>
    public string Evaluator { get; }

    /// <summary>The visits in date order (VISITNUM breaks ties): unscheduled visits are numbered out of date order in real data.</summary>
    public IReadOnlyList<RecordedVisit> Visits { get; }
}

/// <summary>The recorded responses of a study (RS) for one criteria, with row counts and issues.</summary>
public sealed class RecordedResponses
{
    internal RecordedResponses(Criteria criteria, IReadOnlyList<RecordedSubject> subjects, SdtmRowCounts counts, IReadOnlyList<SdtmIssue> issues)
    {
        Criteria = criteria;
        Subjects = subjects;
        Counts = counts;
        Issues = issues;
    }

    /// <summary>The criteria read (RSCAT).</summary>
    public Criteria Criteria { get; }

    /// <summary>Every subject/evaluator, ordered by USUBJID then evaluator.</summary>
    public IReadOnlyList<RecordedSubject> Subjects { get; }

    /// <summary>What became of the RS rows.</summary>
    public SdtmRowCounts Counts { get; }

    /// <summary>Records not mapped, imputed dates, and calls that contradict each other.</summary>
    public IReadOnlyList<SdtmIssue> Issues { get; }

    /// <summary>
    /// Reads RS for one criteria: OVRLRESP, TRGRESP, NTRGRESP and NEWLPROG/NEWLIND per subject, evaluator and visit; rows of
    /// another RSCAT, another evaluator or another test are not needed.
    /// </summary>
    /// <param name="rs">The RS table.</param>
    /// <param name="criteria">The criteria (RSCAT "RECIST 1.1" or "iRECIST"; rows without RSCAT are taken).</param>
    /// <param name="options">The options; null for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rs"/> is null.</exception>
    /// <exception cref="SdtmFormatException">RS lacks a variable the mapping needs.</exception>
    public static RecordedResponses Read(SdtmTable rs, Criteria criteria, SdtmOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rs);
        rs.Require("USUBJID", "RSTESTCD", "RSSTRESC", "VISITNUM", "RSDTC");
        options ??= SdtmOptions.Default;
        var issues = new List<SdtmIssue>();
        var bySubject = new Dictionary<(string, string), SortedDictionary<decimal, List<(int Row, string Test, LocalDate Date, bool Imputed)>>>();
        int used = 0, notNeeded = 0, rejected = 0;
        var category = ResponseCodes.CriteriaName(criteria).ToUpperInvariant();
        void Issue(DiagnosticSeverity severity, int row, string variable, string message)
            => issues.Add(new SdtmIssue(severity, rs.Source, row + 1, rs.Get(row, "USUBJID"), variable, message));

        for (var i = 0; i < rs.RowCount; i++)
        {
            var testcd = rs.Get(i, "RSTESTCD").ToUpperInvariant();
            var cat = rs.Get(i, "RSCAT").ToUpperInvariant();
            var evaluator = SdtmDates.Evaluator(rs.Get(i, "RSEVAL"), rs.Get(i, "RSEVALID"));
            if ((cat.Length > 0 && cat != category) || !options.Selects(evaluator) || testcd is not ("OVRLRESP" or "TRGRESP" or "NTRGRESP" or "NEWLPROG" or "NEWLIND"))
            {
                notNeeded++;
                continue;
            }

            if (!SdtmDates.TryVisitNumber(rs.Get(i, "VISITNUM"), out var visitNumber))
            {
                rejected++;
                Issue(DiagnosticSeverity.Error, i, "VISITNUM", $"expected a visit number, found '{rs.Get(i, "VISITNUM")}'");
                continue;
            }

            var outcome = SdtmDates.TryParse(rs.Get(i, "RSDTC"), options.DayImputation, out var date);
            if (outcome == SdtmDates.Outcome.Invalid)
            {
                rejected++;
                Issue(DiagnosticSeverity.Error, i, "RSDTC", $"expected an ISO 8601 date with at least year and month, found '{rs.Get(i, "RSDTC")}'");
                continue;
            }

            if (outcome == SdtmDates.Outcome.DayImputed)
            {
                Issue(DiagnosticSeverity.Info, i, "RSDTC", $"partial date '{rs.Get(i, "RSDTC")}' imputed to {date:uuuu-MM-dd} ({SdtmDates.Describe(options.DayImputation)})");
            }

            var original = rs.Get(i, "RSORRES");
            if (original.Length > 0 && !string.Equals(original, rs.Get(i, "RSSTRESC"), StringComparison.OrdinalIgnoreCase))
            {
                Issue(DiagnosticSeverity.Warning, i, "RSORRES", $"RSORRES '{original}' differs from RSSTRESC '{rs.Get(i, "RSSTRESC")}'; RSSTRESC is used");
            }

            var key = (rs.Get(i, "USUBJID"), evaluator);
            if (!bySubject.TryGetValue(key, out var visits))
            {
                bySubject[key] = visits = new SortedDictionary<decimal, List<(int, string, LocalDate, bool)>>();
            }

            if (!visits.TryGetValue(visitNumber, out var rows))
            {
                visits[visitNumber] = rows = new List<(int, string, LocalDate, bool)>();
            }

            rows.Add((i, testcd, date, outcome == SdtmDates.Outcome.DayImputed));
            used++;
        }

        var built = new Dictionary<(string, string), (string StudyId, RecordedVisit[] Visits)>();
        foreach (var (key, visits) in bySubject)
        {
            var list = new List<RecordedVisit>();
            foreach (var (number, rows) in visits)
            {
                foreach (var group in VisitGroups.Split(rows, r => r.Test, r => r.Date, r => r.Imputed))
                {
                    var first = group.MinBy(r => r.Date);
                    var visit = new RecordedVisit(number, rs.Get(first.Row, "VISIT"), first.Date, group.Any(r => SdtmDates.IsYes(rs.Get(r.Row, "RSACPTFL"))));
                    foreach (var (row, test, _, _) in group)
                    {
                        var value = rs.Get(row, "RSSTRESC");
                        switch (test)
                        {
                            case "OVRLRESP":
                                visit.Overall = value;
                                visit.OverallRow = row + 1;
                                break;
                            case "TRGRESP":
                                visit.Target = value;
                                break;
                            case "NTRGRESP":
                                visit.NonTarget = value;
                                break;
                            default:
                                visit.NewLesions = value;
                                break;
                        }
                    }

                    list.Add(visit);
                }
            }

            // Date order, not VISITNUM order: an UNSCHEDULED 9.2 may be dated after 9.3 (pharmaverse rs_onco, 01-701-1153).
            var studyId = rs.Get(visits.Values.First()[0].Row, "STUDYID");
            built[key] = (studyId, list.OrderBy(v => v.Date).ThenBy(v => v.VisitNumber).ToArray());
        }

        var subjects = built.OrderBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2, StringComparer.Ordinal)
            .Select(p => new RecordedSubject(p.Value.StudyId, p.Key.Item1, p.Key.Item2, p.Value.Visits)).ToArray();
        foreach (var subject in subjects)
        {
            RecordedConsistency.Check(rs, subject, criteria, issues);
        }

        return new RecordedResponses(criteria, subjects, new SdtmRowCounts(rs.Source, rs.RowCount, used, notNeeded, rejected), issues);
    }

    /// <summary>
    /// Reads a recorded response code: RECIST 1.1 (CR, PR, SD, PD, NE, NON-CR/NON-PD, NED) or iRECIST (iCR, iPR, iSD, iUPD,
    /// iCPD, NON-iCR/NON-iUPD, NE), case as recorded.
    /// </summary>
    /// <param name="code">The recorded value.</param>
    /// <param name="response">The response.</param>
    /// <param name="criteria">The criteria the code belongs to, or null for NE and NED.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryParseCode(string? code, out Response response, out Criteria? criteria)
    {
        switch (code?.Trim())
        {
            case "NON-CR/NON-PD":
                (response, criteria) = (Response.NonCompleteNonProgression, Criteria.Recist11);
                return true;
            case "NON-iCR/NON-iUPD":
                (response, criteria) = (Response.NonCompleteNonProgression, Criteria.IRecist);
                return true;
            default:
                return ResponseCodes.TryParse(code?.Trim(), out response, out criteria);
        }
    }

    /// <summary>The recorded-data code of a response under the given criteria ("NON-CR/NON-PD", "NON-iCR/NON-iUPD", else as <see cref="ResponseCodes.ToCode"/>).</summary>
    /// <param name="response">The response.</param>
    /// <param name="criteria">The criteria.</param>
    public static string ToCode(Response response, Criteria criteria)
        => response == Response.NonCompleteNonProgression
            ? criteria == Criteria.IRecist ? "NON-iCR/NON-iUPD" : "NON-CR/NON-PD"
            : ResponseCodes.ToCode(response, criteria);
}
