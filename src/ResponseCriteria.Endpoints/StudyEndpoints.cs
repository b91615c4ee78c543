using System;
using System.Collections.Generic;
using System.Linq;
using ResponseCriteria.Diagnostics;
using ResponseCriteria.Responses;
using ResponseCriteria.Sdtm;

namespace ResponseCriteria.Endpoints;

/// <summary>
/// A study's endpoints: the response parameters (ADRS) and time-to-event parameters (ADTTE) of every subject of the subject
/// table (ADSL or DM), from one evaluator's overall responses.
/// </summary>
public sealed class StudyEndpoints
{
    private StudyEndpoints(Criteria criteria, IReadOnlyList<SubjectResponse> responses, IReadOnlyList<AdtteRecord> times, IReadOnlyList<SdtmIssue> issues)
    {
        Criteria = criteria;
        Responses = responses;
        TimeToEvent = times;
        Issues = issues;
    }

    /// <summary>The criteria of the calls.</summary>
    public Criteria Criteria { get; }

    /// <summary>One per subject of the subject table, in USUBJID order.</summary>
    public IReadOnlyList<SubjectResponse> Responses { get; }

    /// <summary>Every ADRS record, subject by subject in ASEQ order; built as enumerated, not kept (a study of millions streams).</summary>
    public IEnumerable<AdrsRecord> Adrs => Responses.SelectMany(r => r.BuildRecords().OrderBy(x => x.Aseq));

    /// <summary>Every ADTTE record, subject by subject (OS, PFS or IPFS, RSD).</summary>
    public IReadOnlyList<AdtteRecord> TimeToEvent { get; }

    /// <summary>Calls of subjects the subject table does not know (not analysed), and the subject table's own issues.</summary>
    public IReadOnlyList<SdtmIssue> Issues { get; }

    /// <summary>Derives the endpoints.</summary>
    /// <param name="subjects">The subjects (every one gets ADRS records; those with a reference date get ADTTE records).</param>
    /// <param name="calls">Each subject's overall responses by USUBJID (subjects without any may be absent).</param>
    /// <param name="criteria">The criteria of the calls.</param>
    /// <param name="measurableDisease">Whether each subject had target lesions at baseline, by USUBJID; null when unknown.</param>
    /// <param name="adrs">The response-parameter options; null for the defaults.</param>
    /// <param name="tte">The time-to-event options; null for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="subjects"/> or <paramref name="calls"/> is null.</exception>
    public static StudyEndpoints Derive(SubjectTable subjects, IReadOnlyDictionary<string, IReadOnlyList<AssessmentCall>> calls, Criteria criteria, IReadOnlyDictionary<string, bool>? measurableDisease = null, AdrsOptions? adrs = null, TimeToEventOptions? tte = null)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        ArgumentNullException.ThrowIfNull(calls);
        var issues = new List<SdtmIssue>(subjects.Issues);
        foreach (var id in calls.Keys.Where(id => subjects.Find(id) is null).Order(StringComparer.Ordinal))
        {
            issues.Add(new SdtmIssue(DiagnosticSeverity.Error, "subjects", 0, id, "USUBJID", $"{calls[id].Count} assessments of a subject the subject table (ADSL/DM) does not list: not analysed"));
        }

        var responses = new SubjectResponse[subjects.Subjects.Count];
        var times = new List<AdtteRecord>(responses.Length * 2);
        for (var i = 0; i < responses.Length; i++)
        {
            var subject = subjects.Subjects[i];
            bool? measurable = measurableDisease is null ? null : measurableDisease.TryGetValue(subject.Usubjid, out var m) && m;
            responses[i] = ResponseParameters.Derive(subject, calls.GetValueOrDefault(subject.Usubjid) ?? [], criteria, measurable, adrs);
            times.AddRange(Endpoints.TimeToEvent.Derive(responses[i], tte));
        }

        return new StudyEndpoints(criteria, responses, times, issues);
    }

    /// <summary>
    /// The recorded overall responses (RS OVRLRESP) by USUBJID, for one evaluator; RSSEQ order is kept through the RS row.
    /// </summary>
    /// <param name="recorded">The recorded responses.</param>
    /// <param name="evaluator">The evaluator (e.g. INVESTIGATOR); null when RS has one evaluator per subject.</param>
    /// <exception cref="ArgumentNullException"><paramref name="recorded"/> is null.</exception>
    /// <exception cref="ArgumentException">A subject has calls by two evaluators and none was chosen.</exception>
    public static IReadOnlyDictionary<string, IReadOnlyList<AssessmentCall>> CallsOf(RecordedResponses recorded, string? evaluator)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        var calls = new Dictionary<string, IReadOnlyList<AssessmentCall>>(StringComparer.Ordinal);
        foreach (var subject in recorded.Subjects.Where(s => evaluator is null || string.Equals(s.Evaluator, evaluator, StringComparison.OrdinalIgnoreCase)))
        {
            var list = subject.Visits.Where(v => v.Overall is not null).Select(v => new AssessmentCall(v.Date, v.Overall!, v.Visit, v.OverallRow)).ToArray();
            if (!calls.TryAdd(subject.Usubjid, list))
            {
                throw new ArgumentException($"{subject.Usubjid} has calls by more than one evaluator ({subject.Evaluator} among them): choose one", nameof(evaluator));
            }
        }

        return calls;
    }

    /// <summary>The overall responses an evaluator derived from the measurements, by USUBJID, for one evaluator of the reads.</summary>
    /// <param name="evaluation">The evaluated study.</param>
    /// <param name="evaluator">The reader (e.g. INVESTIGATOR); null when the study has one reader per subject.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    /// <exception cref="ArgumentException">A subject has reads by two evaluators and none was chosen.</exception>
    public static IReadOnlyDictionary<string, IReadOnlyList<AssessmentCall>> CallsOf(StudyEvaluation evaluation, string? evaluator)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var calls = new Dictionary<string, IReadOnlyList<AssessmentCall>>(StringComparer.Ordinal);
        foreach (var s in evaluation.Subjects.Where(s => evaluator is null || string.Equals(s.Subject.Evaluator, evaluator, StringComparison.OrdinalIgnoreCase)))
        {
            var list = s.Result.TimePoints.Select((tp, k) => AssessmentCall.Of(tp.Date, tp.Response, evaluation.Criteria, s.Subject.FollowUps[k].Visit, k)).ToArray();
            if (!calls.TryAdd(s.Subject.Usubjid, list))
            {
                throw new ArgumentException($"{s.Subject.Usubjid} has reads by more than one evaluator ({s.Subject.Evaluator} among them): choose one", nameof(evaluator));
            }
        }

        return calls;
    }

    /// <summary>
    /// Whether each subject had target lesions at baseline (admiralonco MDIS): a TU record with TUSTRESC TARGET, by the
    /// evaluator when given (TUEVALID, else TUEVAL).
    /// </summary>
    /// <param name="tu">The TU table.</param>
    /// <param name="evaluator">The evaluator, or null for any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tu"/> is null.</exception>
    /// <exception cref="SdtmFormatException">TU has no USUBJID or TUSTRESC.</exception>
    public static IReadOnlyDictionary<string, bool> MeasurableDisease(SdtmTable tu, string? evaluator)
    {
        ArgumentNullException.ThrowIfNull(tu);
        tu.Require("USUBJID", "TUSTRESC");
        var result = new Dictionary<string, bool>(StringComparer.Ordinal);
        for (var row = 0; row < tu.RowCount; row++)
        {
            var id = tu.Get(row, "USUBJID");
            var by = SdtmDates.Evaluator(tu.Get(row, "TUEVAL"), tu.Get(row, "TUEVALID"));
            var target = string.Equals(tu.Get(row, "TUSTRESC"), "TARGET", StringComparison.OrdinalIgnoreCase)
                && (evaluator is null || string.Equals(by, evaluator, StringComparison.OrdinalIgnoreCase));
            result[id] = result.GetValueOrDefault(id) || target;
        }

        return result;
    }
}
