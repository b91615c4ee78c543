using System.Collections.Generic;
using NodaTime;
using ResponseCriteria.Series;

namespace ResponseCriteria.Sdtm;

/// <summary>One visit of a subject as read by one evaluator.</summary>
public sealed class SdtmVisit
{
    internal SdtmVisit(decimal visitNumber, string visit, LocalDate date, bool dateImputed, bool accepted)
    {
        VisitNumber = visitNumber;
        Visit = visit;
        Date = date;
        DateImputed = dateImputed;
        Accepted = accepted;
    }

    /// <summary>VISITNUM.</summary>
    public decimal VisitNumber { get; }

    /// <summary>VISIT.</summary>
    public string Visit { get; }

    /// <summary>The assessment date: the earliest --DTC of the visit's records (the date of progression convention), day imputed where partial.</summary>
    public LocalDate Date { get; }

    /// <summary>Whether the day of <see cref="Date"/> was imputed.</summary>
    public bool DateImputed { get; }

    /// <summary>Whether the read was flagged as the accepted one (--ACPTFL = Y).</summary>
    public bool Accepted { get; }
}

/// <summary>One subject as read by one evaluator: the series built from TU and TR, and the visits behind its assessments.</summary>
public sealed class SdtmSubject
{
    internal SdtmSubject(string studyId, string usubjid, string evaluator, PatientSeries series, SdtmVisit baseline, IReadOnlyList<SdtmVisit> followUps)
    {
        StudyId = studyId;
        Usubjid = usubjid;
        Evaluator = evaluator;
        Series = series;
        Baseline = baseline;
        FollowUps = followUps;
    }

    /// <summary>STUDYID.</summary>
    public string StudyId { get; }

    /// <summary>USUBJID.</summary>
    public string Usubjid { get; }

    /// <summary>The evaluator (TREVALID, or TREVAL when empty).</summary>
    public string Evaluator { get; }

    /// <summary>The series (id "USUBJID EVALUATOR").</summary>
    public PatientSeries Series { get; }

    /// <summary>The baseline visit.</summary>
    public SdtmVisit Baseline { get; }

    /// <summary>The follow-up visits, one per follow-up assessment of <see cref="Series"/>, in VISITNUM order.</summary>
    public IReadOnlyList<SdtmVisit> FollowUps { get; }
}

/// <summary>A study read from TU, TR (and SUPPTR): every subject/evaluator series, the row counts and the issues.</summary>
public sealed class SdtmStudy
{
    internal SdtmStudy(IReadOnlyList<SdtmSubject> subjects, IReadOnlyList<SdtmRowCounts> counts, IReadOnlyList<SdtmIssue> issues)
    {
        Subjects = subjects;
        Counts = counts;
        Issues = issues;
    }

    /// <summary>Every subject/evaluator, ordered by USUBJID then evaluator.</summary>
    public IReadOnlyList<SdtmSubject> Subjects { get; }

    /// <summary>What became of the rows of each table read.</summary>
    public IReadOnlyList<SdtmRowCounts> Counts { get; }

    /// <summary>Every record not mapped, and every assumption made (imputed dates, …).</summary>
    public IReadOnlyList<SdtmIssue> Issues { get; }
}
