using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using ResponseCriteria.Cohorts;
using ResponseCriteria.Confirmation;
using ResponseCriteria.Diagnostics;
using ResponseCriteria.IRecist;
using ResponseCriteria.Recist11;
using ResponseCriteria.Responses;
using ResponseCriteria.Results;

namespace ResponseCriteria.Sdtm;

/// <summary>A derived time point beside the recorded one for the same visit.</summary>
public sealed class TimePointComparison
{
    internal TimePointComparison(SdtmVisit visit, TimePointResult derived, RecordedVisit? recorded, Criteria criteria)
    {
        Visit = visit;
        Derived = derived;
        Recorded = recorded;
        DerivedOverall = RecordedResponses.ToCode(derived.Response, criteria);
        DerivedTarget = RecordedResponses.ToCode(derived.Target.Response, criteria);
        DerivedNonTarget = RecordedResponses.ToCode(derived.NonTarget.Response, criteria);
        DerivedNewLesions = derived.NewLesions.IsProgression ? "UNEQUIVOCAL" : derived.NewLesions.EquivocalLesions.Count > 0 ? "EQUIVOCAL" : "NONE";
        OverallAgrees = recorded?.Overall is { } o ? Same(o, DerivedOverall) : null;
        TargetAgrees = recorded?.Target is { } t ? Same(t, DerivedTarget) : null;
        NonTargetAgrees = recorded?.NonTarget is { } nt ? Same(nt, DerivedNonTarget) : null;
        NewLesionsAgree = recorded?.NewLesions is { } nl ? SameNew(nl, DerivedNewLesions) : null;
    }

    /// <summary>The visit.</summary>
    public SdtmVisit Visit { get; }

    /// <summary>The derived time point with its explanation.</summary>
    public TimePointResult Derived { get; }

    /// <summary>The recorded visit, or null when RS has none for it.</summary>
    public RecordedVisit? Recorded { get; }

    /// <summary>The derived overall response as a recorded-data code ("PR", "NON-CR/NON-PD", "iUPD", …).</summary>
    public string DerivedOverall { get; }

    /// <summary>The derived target response code.</summary>
    public string DerivedTarget { get; }

    /// <summary>The derived non-target response code.</summary>
    public string DerivedNonTarget { get; }

    /// <summary>The derived new-lesion finding: UNEQUIVOCAL, EQUIVOCAL or NONE.</summary>
    public string DerivedNewLesions { get; }

    /// <summary>Whether OVRLRESP agrees, or null when not recorded.</summary>
    public bool? OverallAgrees { get; }

    /// <summary>Whether TRGRESP agrees, or null when not recorded.</summary>
    public bool? TargetAgrees { get; }

    /// <summary>Whether NTRGRESP agrees, or null when not recorded.</summary>
    public bool? NonTargetAgrees { get; }

    /// <summary>Whether NEWLPROG/NEWLIND agrees, or null when not recorded.</summary>
    public bool? NewLesionsAgree { get; }

    private static bool Same(string recorded, string derived)
        => RecordedResponses.TryParseCode(recorded, out var r, out var c) && RecordedResponses.TryParseCode(derived, out var d, out var dc)
            ? r == d && (c is null || dc is null || c == dc)
            : string.Equals(recorded, derived, StringComparison.OrdinalIgnoreCase);

    private static bool SameNew(string recorded, string derived) => recorded.ToUpperInvariant() switch
    {
        "Y" or "UNEQUIVOCAL" => derived == "UNEQUIVOCAL",
        "EQUIVOCAL" => derived == "EQUIVOCAL",
        "N" or "NONE" => derived == "NONE",
        _ => false,
    };
}

/// <summary>One subject and evaluator: the derived result, the recorded calls, and the comparison visit by visit.</summary>
public sealed class SubjectEvaluation
{
    internal SubjectEvaluation(SdtmSubject subject, EvaluationResult result, RecordedSubject? recorded, IReadOnlyList<TimePointComparison> comparisons)
    {
        Subject = subject;
        Result = result;
        Recorded = recorded;
        Comparisons = comparisons;
    }

    /// <summary>The subject.</summary>
    public SdtmSubject Subject { get; }

    /// <summary>The derived result.</summary>
    public EvaluationResult Result { get; }

    /// <summary>The recorded calls, or null.</summary>
    public RecordedSubject? Recorded { get; }

    /// <summary>One comparison per follow-up visit.</summary>
    public IReadOnlyList<TimePointComparison> Comparisons { get; }
}

/// <summary>
/// A study evaluated subject by subject (in parallel), and compared with the recorded responses: agreement counts, the confusion
/// table of overall responses, and every disagreement with the explanation of the derived call.
/// </summary>
public sealed class StudyEvaluation
{
    private StudyEvaluation(Criteria criteria, IReadOnlyList<SubjectEvaluation> subjects, IReadOnlyList<RecordedVisitRef> unmatched)
    {
        Criteria = criteria;
        Subjects = subjects;
        UnmatchedRecorded = unmatched;
        var confusion = new SortedDictionary<(string Recorded, string Derived), int>();
        foreach (var c in subjects.SelectMany(s => s.Comparisons))
        {
            if (c.OverallAgrees is { } agrees)
            {
                if (agrees)
                {
                    Agree++;
                }
                else
                {
                    Disagree++;
                }

                var key = (Normalise(c.Recorded!.Overall!, criteria), c.DerivedOverall);
                confusion[key] = confusion.GetValueOrDefault(key) + 1;
            }
        }

        Confusion = confusion;
    }

    /// <summary>The criteria.</summary>
    public Criteria Criteria { get; }

    /// <summary>Every subject and evaluator.</summary>
    public IReadOnlyList<SubjectEvaluation> Subjects { get; }

    /// <summary>Time points whose derived overall response agrees with OVRLRESP.</summary>
    public int Agree { get; }

    /// <summary>Time points whose derived overall response differs from OVRLRESP.</summary>
    public int Disagree { get; }

    /// <summary>Counts of (recorded, derived) overall responses over compared time points.</summary>
    public IReadOnlyDictionary<(string Recorded, string Derived), int> Confusion { get; }

    /// <summary>Recorded visits with no derived time point (no TR data for that subject, evaluator and visit).</summary>
    public IReadOnlyList<RecordedVisitRef> UnmatchedRecorded { get; }

    /// <summary>Every time point whose overall response disagrees, in subject order.</summary>
    public IEnumerable<(SubjectEvaluation Subject, TimePointComparison Comparison)> Disagreements
        => Subjects.SelectMany(s => s.Comparisons.Where(c => c.OverallAgrees == false).Select(c => (s, c)));

    /// <summary>
    /// The defaults for re-deriving recorded visit calls: every visit called from its own data (<see cref="Recist11Options.ProgressionIsFinal"/>
    /// off) and disease seen again after a CR judged by the sums (<see cref="Recist11Options.ReappearanceAfterCompleteResponseIsProgression"/>
    /// off), as trial databases record visits; every other option at the guideline's default.
    /// </summary>
    public static IRecistOptions DefaultOptions { get; } = new()
    {
        Recist11 = new Recist11Options { ProgressionIsFinal = false, ReappearanceAfterCompleteResponseIsProgression = false },
    };

    /// <summary>Evaluates every subject of a study under the given criteria and compares with the recorded responses when given.</summary>
    /// <param name="study">The mapped study.</param>
    /// <param name="recorded">The recorded responses, or null.</param>
    /// <param name="criteria">The criteria.</param>
    /// <param name="options">The evaluator options (RECIST 1.1 takes <see cref="IRecistOptions.Recist11"/>); null for <see cref="DefaultOptions"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="study"/> is null.</exception>
    public static StudyEvaluation Evaluate(SdtmStudy study, RecordedResponses? recorded, Criteria criteria, IRecistOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(study);
        options ??= DefaultOptions;
        IResponseEvaluator evaluator = criteria == Criteria.IRecist ? new IRecistEvaluator(options) : new Recist11Evaluator(options.Recist11);
        var recordedBy = recorded?.Subjects.ToDictionary(s => (s.Usubjid, s.Evaluator)) ?? new Dictionary<(string, string), RecordedSubject>();
        var subjects = new SubjectEvaluation[study.Subjects.Count];
        var i = 0;
        foreach (var result in new CohortEvaluator(evaluator).Evaluate(study.Subjects.Select(s => s.Series)))
        {
            var subject = study.Subjects[i];
            recordedBy.TryGetValue((subject.Usubjid, subject.Evaluator), out var rec);
            var comparisons = new TimePointComparison[result.TimePoints.Count];
            for (var k = 0; k < comparisons.Length; k++)
            {
                var visit = subject.FollowUps[k];
                var match = rec?.Visits.Where(v => v.VisitNumber == visit.VisitNumber).MinBy(v => Math.Abs(Period.DaysBetween(v.Date, visit.Date)));
                comparisons[k] = new TimePointComparison(visit, result.TimePoints[k], match, criteria);
            }

            subjects[i++] = new SubjectEvaluation(subject, result, rec, comparisons);
        }

        var unmatched = new List<RecordedVisitRef>();
        if (recorded is not null)
        {
            var matched = subjects.SelectMany(s => s.Comparisons).Where(c => c.Recorded is not null).Select(c => c.Recorded!).ToHashSet();
            foreach (var rs in recorded.Subjects)
            {
                foreach (var visit in rs.Visits)
                {
                    if (visit.Overall is not null && !matched.Contains(visit))
                    {
                        unmatched.Add(new RecordedVisitRef(rs.Usubjid, rs.Evaluator, visit));
                    }
                }
            }
        }

        return new StudyEvaluation(criteria, subjects, unmatched);
    }

    private static string Normalise(string code, Criteria criteria)
        => RecordedResponses.TryParseCode(code, out var r, out var c) ? RecordedResponses.ToCode(r, c ?? criteria) : code;
}

/// <summary>A recorded visit of a subject and evaluator.</summary>
public sealed class RecordedVisitRef
{
    internal RecordedVisitRef(string usubjid, string evaluator, RecordedVisit visit)
    {
        Usubjid = usubjid;
        Evaluator = evaluator;
        Visit = visit;
    }

    /// <summary>USUBJID.</summary>
    public string Usubjid { get; }

    /// <summary>The evaluator.</summary>
    public string Evaluator { get; }

    /// <summary>The visit.</summary>
    public RecordedVisit Visit { get; }
}

/// <summary>Best overall response from recorded time-point calls alone (RS OVRLRESP), as trial programmers derive BOR and confirmed BOR.</summary>
public sealed class RecordedBestResponse
{
    internal RecordedBestResponse(RecordedSubject subject, Criteria criteria, LocalDate reference, BestResponseResult best, BestResponseResult confirmed, LocalDate? progression, LocalDate? firstResponse)
    {
        Subject = subject;
        Criteria = criteria;
        ReferenceDate = reference;
        Best = best;
        Confirmed = confirmed;
        ProgressionDate = progression;
        FirstResponseDate = firstResponse;
    }

    /// <summary>The recorded subject.</summary>
    public RecordedSubject Subject { get; }

    /// <summary>The criteria of the recorded calls.</summary>
    public Criteria Criteria { get; }

    /// <summary>The reference (start) date the SD minimum is counted from.</summary>
    public LocalDate ReferenceDate { get; }

    /// <summary>BOR without confirmation.</summary>
    public BestResponseResult Best { get; }

    /// <summary>Confirmed BOR.</summary>
    public BestResponseResult Confirmed { get; }

    /// <summary>The first PD (or iCPD's iUPD) date among the recorded calls, or null.</summary>
    public LocalDate? ProgressionDate { get; }

    /// <summary>The first CR or PR date (start of duration of response), or null.</summary>
    public LocalDate? FirstResponseDate { get; }

    /// <summary>
    /// Derives BOR and confirmed BOR for every recorded subject. Options follow admiralonco: <see cref="Recist11Options.MinimumConfirmationDays"/>
    /// (<c>ref_confirm</c>), <see cref="Recist11Options.MaximumNotEvaluableBetweenConfirmation"/> (<c>max_nr_ne</c>),
    /// <see cref="Recist11Options.AcceptStableDiseaseBetweenConfirmation"/> (<c>accept_sd</c>), <see cref="Recist11Options.MinimumStableDiseaseDays"/>
    /// (<c>ref_start_window</c>) from the reference date.
    /// </summary>
    /// <param name="recorded">The recorded responses.</param>
    /// <param name="referenceDates">The reference start date per USUBJID (e.g. the baseline scan), or null to use each subject's first recorded date (with an issue).</param>
    /// <param name="options">The options; null for the defaults.</param>
    /// <param name="issues">Where to add issues (unknown codes, missing reference dates).</param>
    /// <exception cref="ArgumentNullException"><paramref name="recorded"/> or <paramref name="issues"/> is null.</exception>
    public static IReadOnlyList<RecordedBestResponse> Derive(RecordedResponses recorded, IReadOnlyDictionary<string, LocalDate>? referenceDates, Recist11Options? options, ICollection<SdtmIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(issues);
        options ??= Recist11Options.Default;
        var result = new List<RecordedBestResponse>();
        foreach (var subject in recorded.Subjects)
        {
            var calls = new List<ResponseCall>();
            foreach (var visit in subject.Visits)
            {
                if (visit.Overall is null)
                {
                    continue;
                }

                if (!RecordedResponses.TryParseCode(visit.Overall, out var response, out _))
                {
                    issues.Add(new SdtmIssue(DiagnosticSeverity.Warning, recorded.Counts.Source, visit.OverallRow, subject.Usubjid, "OVRLRESP", $"'{visit.Overall}' at {visit.Visit} is not a response code: counted as NE for best response"));
                }

                calls.Add(new ResponseCall(visit.Date, response));
            }

            LocalDate reference;
            if (referenceDates is not null && referenceDates.TryGetValue(subject.Usubjid, out var known))
            {
                reference = known;
            }
            else
            {
                reference = calls.Count > 0 ? calls[0].Date : default;
                issues.Add(new SdtmIssue(DiagnosticSeverity.Warning, recorded.Counts.Source, 0, subject.Usubjid, "RSDTC", $"no baseline date for {subject.Evaluator}: the SD minimum is counted from the first recorded assessment"));
            }

            // Only non-target-only disease is called Non-CR/Non-PD: then an unconfirmed response is Non-CR/Non-PD, not SD (criteria Q15).
            var nonTargetOnly = calls.Exists(c => c.Response == Response.NonCompleteNonProgression);
            var best = BestResponse.Derive(reference, calls, false, options, recorded.Criteria, nonTargetOnly);
            var confirmed = BestResponse.Derive(reference, calls, true, options, recorded.Criteria, nonTargetOnly);
            var progression = BestResponse.ProgressionDate(calls);
            var firstResponse = BestResponse.FirstResponseDate(calls);
            result.Add(new RecordedBestResponse(subject, recorded.Criteria, reference, best, confirmed, progression, firstResponse));
        }

        return result;
    }
}
