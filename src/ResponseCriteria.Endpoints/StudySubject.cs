using System;
using NodaTime;
using ResponseCriteria.Sdtm;

namespace ResponseCriteria.Endpoints;

/// <summary>
/// What an endpoint needs to know about a subject besides the tumour assessments: the reference (start) date, death, last
/// contact and arm — ADSL's RANDDT, TRTSDT, DTHDT, LSTALVDT and ARM, or SDTM DM's RFSTDTC, DTHDTC, RFPENDTC and ARM.
/// </summary>
public sealed class StudySubject
{
    /// <summary>Creates a subject.</summary>
    /// <param name="usubjid">USUBJID.</param>
    /// <exception cref="ArgumentException"><paramref name="usubjid"/> is null or empty.</exception>
    public StudySubject(string usubjid)
    {
        ArgumentException.ThrowIfNullOrEmpty(usubjid);
        Usubjid = usubjid;
    }

    /// <summary>USUBJID.</summary>
    public string Usubjid { get; }

    /// <summary>STUDYID (empty when unknown).</summary>
    public string StudyId { get; init; } = string.Empty;

    /// <summary>The arm (ARM; empty when unknown).</summary>
    public string Arm { get; init; } = string.Empty;

    /// <summary>
    /// The reference start date of the endpoints (ADSL RANDDT by default, else the first dose): time-to-event starts here,
    /// assessments before it are dropped and the SD and clinical-benefit minimums count from it. Null for a subject never
    /// randomised or treated (a screen failure): such a subject has response parameters but no time-to-event rows.
    /// </summary>
    public LocalDate? ReferenceDate { get; init; }

    /// <summary>The first dose (ADSL TRTSDT, DM RFXSTDTC), the origin of the study day ADY; null when unknown.</summary>
    public LocalDate? TreatmentStartDate { get; init; }

    /// <summary>The date of death (ADSL DTHDT, DM DTHDTC), or null.</summary>
    public LocalDate? DeathDate { get; init; }

    /// <summary>The last date the subject was known alive (ADSL LSTALVDT; from DM, RFPENDTC), or null.</summary>
    public LocalDate? LastAliveDate { get; init; }

    /// <summary>The start of a new anticancer therapy, or null (used only by the censoring option of that name).</summary>
    public LocalDate? NewTherapyDate { get; init; }

    /// <summary>
    /// The study day of a date in CDISC's convention: day 1 is the first dose (or the reference date when the first dose is
    /// unknown), the day before is −1, there is no day 0. Null when the date or the origin is unknown.
    /// </summary>
    /// <param name="date">The date.</param>
    public int? StudyDay(LocalDate? date)
    {
        var origin = TreatmentStartDate ?? ReferenceDate;
        return date is { } d && origin is { } o ? SdtmDates.StudyDay(o, d) : null;
    }

    /// <inheritdoc/>
    public override string ToString() => Usubjid;
}
