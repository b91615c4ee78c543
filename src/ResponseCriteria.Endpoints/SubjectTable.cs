using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using ResponseCriteria.Diagnostics;
using ResponseCriteria.Sdtm;

namespace ResponseCriteria.Endpoints;

/// <summary>Which ADSL date is the reference (start) date of the endpoints.</summary>
public enum ReferenceDateVariable
{
    /// <summary>RANDDT, as admiralonco's templates (randomised trials); TRTSDT when ADSL has no RANDDT column.</summary>
    Randomisation,

    /// <summary>TRTSDT, the first dose (single-arm trials).</summary>
    TreatmentStart,
}

/// <summary>The subjects of a study with their reference dates, read from ADSL or SDTM DM, and what could not be read.</summary>
public sealed class SubjectTable
{
    private readonly Dictionary<string, StudySubject> byId;

    /// <summary>Creates a table from subjects built in code.</summary>
    /// <param name="subjects">The subjects; USUBJIDs must be unique.</param>
    /// <exception cref="ArgumentNullException"><paramref name="subjects"/> is null.</exception>
    /// <exception cref="ArgumentException">Two subjects share a USUBJID.</exception>
    public SubjectTable(IEnumerable<StudySubject> subjects)
        : this(subjects, [])
    {
    }

    private SubjectTable(IEnumerable<StudySubject> subjects, IReadOnlyList<SdtmIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        Subjects = subjects.OrderBy(s => s.Usubjid, StringComparer.Ordinal).ToArray();
        byId = new Dictionary<string, StudySubject>(StringComparer.Ordinal);
        foreach (var s in Subjects)
        {
            if (!byId.TryAdd(s.Usubjid, s))
            {
                throw new ArgumentException($"subject {s.Usubjid} appears twice", nameof(subjects));
            }
        }

        Issues = issues;
    }

    /// <summary>Every subject, ordered by USUBJID.</summary>
    public IReadOnlyList<StudySubject> Subjects { get; }

    /// <summary>Records that could not be read, and dates that were imputed.</summary>
    public IReadOnlyList<SdtmIssue> Issues { get; }

    /// <summary>Each subject's reference date by USUBJID (subjects without one left out), e.g. for <see cref="SdtmOptions.ReferenceDates"/>.</summary>
    public IReadOnlyDictionary<string, LocalDate> ReferenceDates()
        => Subjects.Where(s => s.ReferenceDate is not null).ToDictionary(s => s.Usubjid, s => s.ReferenceDate!.Value, StringComparer.Ordinal);

    /// <summary>The subject with this USUBJID, or null.</summary>
    /// <param name="usubjid">USUBJID.</param>
    public StudySubject? Find(string usubjid) => byId.GetValueOrDefault(usubjid);

    /// <summary>
    /// Reads ADSL: USUBJID (required), STUDYID, ARM, RANDDT, TRTSDT, DTHDT, LSTALVDT. Dates are ISO 8601 (a time part is
    /// ignored); an unreadable date is left unknown with an error issue naming the row and variable.
    /// </summary>
    /// <param name="adsl">The ADSL table.</param>
    /// <param name="reference">Which date is the reference start date (default RANDDT).</param>
    /// <exception cref="ArgumentNullException"><paramref name="adsl"/> is null.</exception>
    /// <exception cref="SdtmFormatException">ADSL has no USUBJID, a subject appears twice, or it has neither RANDDT nor TRTSDT.</exception>
    public static SubjectTable ReadAdsl(SdtmTable adsl, ReferenceDateVariable reference = ReferenceDateVariable.Randomisation)
    {
        ArgumentNullException.ThrowIfNull(adsl);
        adsl.Require("USUBJID");
        var referenceVariable = reference == ReferenceDateVariable.Randomisation && adsl.Has("RANDDT") ? "RANDDT" : "TRTSDT";
        if (!adsl.Has(referenceVariable))
        {
            throw new SdtmFormatException(adsl.Source, "expected a RANDDT or TRTSDT variable for the reference start date, found neither");
        }

        var issues = new List<SdtmIssue>();
        var subjects = new List<StudySubject>(adsl.RowCount);
        for (var row = 0; row < adsl.RowCount; row++)
        {
            LocalDate? Date(string variable) => ReadDate(adsl, row, variable, issues);
            subjects.Add(new StudySubject(Id(adsl, row))
            {
                StudyId = adsl.Get(row, "STUDYID"),
                Arm = adsl.Get(row, "ARM"),
                ReferenceDate = Date(referenceVariable),
                TreatmentStartDate = Date("TRTSDT"),
                DeathDate = Date("DTHDT"),
                LastAliveDate = Date("LSTALVDT"),
            });
        }

        return Build(adsl, subjects, issues);
    }

    /// <summary>
    /// Reads SDTM DM: USUBJID (required), STUDYID, ARM, RFSTDTC (the reference start date), RFXSTDTC (first dose), DTHDTC,
    /// and RFPENDTC (end of participation) as the last date known alive, since DM has no such variable — an ADSL's LSTALVDT
    /// is better when there is one. Partial dates have their day imputed as <paramref name="imputation"/> says, with an issue.
    /// </summary>
    /// <param name="dm">The DM table.</param>
    /// <param name="imputation">How a missing day is imputed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dm"/> is null.</exception>
    /// <exception cref="SdtmFormatException">DM has no USUBJID or RFSTDTC, or a subject appears twice.</exception>
    public static SubjectTable ReadDm(SdtmTable dm, DayImputation imputation = DayImputation.Last)
    {
        ArgumentNullException.ThrowIfNull(dm);
        dm.Require("USUBJID", "RFSTDTC");
        var issues = new List<SdtmIssue>();
        var subjects = new List<StudySubject>(dm.RowCount);
        for (var row = 0; row < dm.RowCount; row++)
        {
            LocalDate? Date(string variable) => ReadDate(dm, row, variable, issues, imputation);
            subjects.Add(new StudySubject(Id(dm, row))
            {
                StudyId = dm.Get(row, "STUDYID"),
                Arm = dm.Get(row, "ARM"),
                ReferenceDate = Date("RFSTDTC"),
                TreatmentStartDate = Date("RFXSTDTC") ?? Date("RFSTDTC"),
                DeathDate = Date("DTHDTC"),
                LastAliveDate = Date("RFPENDTC"),
            });
        }

        return Build(dm, subjects, issues);
    }

    private static string Id(SdtmTable table, int row)
    {
        var id = table.Get(row, "USUBJID");
        return id.Length > 0 ? id : throw new SdtmFormatException(table.Source, $"row {row + 1}: expected a USUBJID, found an empty value");
    }

    private static SubjectTable Build(SdtmTable table, List<StudySubject> subjects, List<SdtmIssue> issues)
    {
        var duplicate = subjects.GroupBy(s => s.Usubjid, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new SdtmFormatException(table.Source, $"expected one record per subject, found {duplicate.Count()} for USUBJID {duplicate.Key}");
        }

        return new SubjectTable(subjects, issues);
    }

    /// <summary>A date variable: null when the column is absent or the value empty; an error issue when it is not a date.</summary>
    private static LocalDate? ReadDate(SdtmTable table, int row, string variable, List<SdtmIssue> issues, DayImputation imputation = DayImputation.Last)
    {
        var text = table.Get(row, variable);
        if (text.Length == 0)
        {
            return null;
        }

        var outcome = SdtmDates.TryParse(text, imputation, out var date);
        if (outcome == SdtmDates.Outcome.Invalid)
        {
            issues.Add(new SdtmIssue(DiagnosticSeverity.Error, table.Source, row + 1, table.Get(row, "USUBJID"), variable, $"expected an ISO 8601 date, found '{text}': left unknown"));
            return null;
        }

        if (outcome == SdtmDates.Outcome.DayImputed)
        {
            issues.Add(new SdtmIssue(DiagnosticSeverity.Info, table.Source, row + 1, table.Get(row, "USUBJID"), variable, $"partial date '{text}' imputed to {date:uuuu-MM-dd} ({SdtmDates.Describe(imputation)})"));
        }

        return date;
    }
}
