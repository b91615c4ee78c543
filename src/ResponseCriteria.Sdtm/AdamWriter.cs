using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using NodaTime.Text;
using ResponseCriteria.Responses;

namespace ResponseCriteria.Sdtm;

/// <summary>
/// Writes ADaM-style results as CSV: <c>adrs_ovr.csv</c> (one row per subject, evaluator and time point, PARAMCD OVR, with the
/// recorded call beside the derived one and the explanation), <c>adrs_bor.csv</c> (per subject and evaluator: BOR, CBOR, PD and
/// the first response date, derived and, when RS is given, from the recorded calls) and <c>issues.csv</c>.
/// </summary>
public static class AdamWriter
{
    /// <summary>Writes the time-point rows.</summary>
    /// <param name="path">The CSV file to write.</param>
    /// <param name="evaluation">The evaluated study.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteTimePoints(string path, StudyEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(evaluation);
        var lines = new List<string> { "STUDYID,USUBJID,EVALUATOR,ACPTFL,PARAMCD,PARAM,AVISITN,AVISIT,ADT,ADY,AVALC,RSSTRESC,AGREE,TRGRESP,NTRGRESP,NEWLIND,NEWLPROG,SUMDIAM,PCHGBASE,CHGNADIR,RULE,EXPLANATION" };
        var criteria = ResponseCodes.CriteriaName(evaluation.Criteria);
        foreach (var s in evaluation.Subjects)
        {
            foreach (var c in s.Comparisons)
            {
                var tp = c.Derived;
                lines.Add(Row(
                    s.Subject.StudyId, s.Subject.Usubjid, s.Subject.Evaluator, c.Visit.Accepted ? "Y" : string.Empty, "OVR", $"Overall Response by {s.Subject.Evaluator} ({criteria}, derived)",
                    Number(c.Visit.VisitNumber), c.Visit.Visit, Date(tp.Date), SdtmDates.StudyDay(s.Subject.Series.ReferenceDate ?? s.Subject.Baseline.Date, tp.Date).ToString(CultureInfo.InvariantCulture), c.DerivedOverall,
                    c.Recorded?.Overall ?? string.Empty, c.OverallAgrees is { } a ? (a ? "Y" : "N") : string.Empty,
                    c.DerivedTarget, c.DerivedNonTarget, c.DerivedNewLesions == "NONE" ? "N" : "Y", c.DerivedNewLesions == "NONE" ? string.Empty : c.DerivedNewLesions, tp.Target.Sum is { } sum ? Number(sum) : string.Empty,
                    tp.Target.ChangeFromBaselinePercent is { } pb ? Number(Math.Round(pb, 2)) : string.Empty,
                    tp.Target.ChangeFromNadirMillimetres is { } mm ? Number(mm) : string.Empty, tp.Rule.ToString(), tp.Explanation));
            }
        }

        File.WriteAllLines(path, lines, new UTF8Encoding(false));
    }

    /// <summary>Writes the subject-level rows: BOR, CBOR, PD (with its date) and FRSP (first response date, for duration of response).</summary>
    /// <param name="path">The CSV file to write.</param>
    /// <param name="evaluation">The evaluated study, or null for recorded calls alone.</param>
    /// <param name="recorded">Best responses from the recorded calls, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static void WriteSubjects(string path, StudyEvaluation? evaluation, IReadOnlyList<RecordedBestResponse>? recorded)
    {
        ArgumentNullException.ThrowIfNull(path);
        var lines = new List<string> { "STUDYID,USUBJID,EVALUATOR,SOURCE,PARAMCD,PARAM,AVALC,ADT,CNFDT,EXPLANATION" };
        if (evaluation is not null)
        {
            var criteria = evaluation.Criteria;
            foreach (var s in evaluation.Subjects)
            {
                var r = s.Result;
                var id = (s.Subject.StudyId, s.Subject.Usubjid, s.Subject.Evaluator);
                lines.Add(Row(id.StudyId, id.Usubjid, id.Evaluator, "DERIVED", "BOR", "Best Overall Response (confirmation not required)", RecordedResponses.ToCode(r.UnconfirmedBestOverallResponse.Response, criteria), Date(r.UnconfirmedBestOverallResponse.Date), string.Empty, r.UnconfirmedBestOverallResponse.Explanation));
                lines.Add(Row(id.StudyId, id.Usubjid, id.Evaluator, "DERIVED", "CBOR", "Best Confirmed Overall Response", RecordedResponses.ToCode(r.ConfirmedBestOverallResponse.Response, criteria), Date(r.ConfirmedBestOverallResponse.Date), Date(r.ConfirmedBestOverallResponse.ConfirmationDate), r.ConfirmedBestOverallResponse.Explanation));
                lines.Add(Row(id.StudyId, id.Usubjid, id.Evaluator, "DERIVED", "PD", "Disease Progression", r.ProgressionDate is null ? "N" : "Y", Date(r.ProgressionDate), Date(r.ProgressionConfirmationDate), r.ProgressionDate is null ? "no progression" : "first progression (iRECIST: the confirmed iUPD; CNFDT the confirming assessment)"));
                var first = r.TimePoints.FirstOrDefault(tp => tp.Response is Response.CompleteResponse or Response.PartialResponse && (r.ProgressionDate is null || tp.Date < r.ProgressionDate));
                lines.Add(Row(id.StudyId, id.Usubjid, id.Evaluator, "DERIVED", "FRSP", "First Response (CR or PR)", first is null ? "N" : "Y", Date(first?.Date), string.Empty, first is null ? "no response" : "start of duration of response"));
            }
        }

        foreach (var b in recorded ?? [])
        {
            var criteria = b.Criteria;
            var (studyId, usubjid, evaluator) = (b.Subject.StudyId, b.Subject.Usubjid, b.Subject.Evaluator);
            lines.Add(Row(studyId, usubjid, evaluator, "RECORDED", "BOR", "Best Overall Response from recorded calls (confirmation not required)", RecordedResponses.ToCode(b.Best.Response, criteria), Date(b.Best.Date), string.Empty, b.Best.Explanation));
            lines.Add(Row(studyId, usubjid, evaluator, "RECORDED", "CBOR", "Best Confirmed Overall Response from recorded calls", RecordedResponses.ToCode(b.Confirmed.Response, criteria), Date(b.Confirmed.Date), Date(b.Confirmed.ConfirmationDate), b.Confirmed.Explanation));
            lines.Add(Row(studyId, usubjid, evaluator, "RECORDED", "PD", "Disease Progression from recorded calls", b.ProgressionDate is null ? "N" : "Y", Date(b.ProgressionDate), string.Empty, b.ProgressionDate is null ? "no progression" : "first recorded progression"));
            lines.Add(Row(studyId, usubjid, evaluator, "RECORDED", "FRSP", "First Response from recorded calls", b.FirstResponseDate is null ? "N" : "Y", Date(b.FirstResponseDate), string.Empty, b.FirstResponseDate is null ? "no response" : "start of duration of response"));
        }

        File.WriteAllLines(path, lines, new UTF8Encoding(false));
    }

    /// <summary>Writes every issue.</summary>
    /// <param name="path">The CSV file to write.</param>
    /// <param name="issues">The issues.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteIssues(string path, IEnumerable<SdtmIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(issues);
        var lines = new List<string> { "SEVERITY,FILE,ROW,USUBJID,VARIABLE,MESSAGE" };
        lines.AddRange(issues.Select(i => Row(i.Severity.ToString().ToUpperInvariant(), i.Source, i.Row.ToString(CultureInfo.InvariantCulture), i.Usubjid, i.Variable, i.Message)));
        File.WriteAllLines(path, lines, new UTF8Encoding(false));
    }

    private static string Row(params string[] values) => string.Join(",", values.Select(Escape));

    private static string Escape(string value)
        => value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : string.Empty;
}
