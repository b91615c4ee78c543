using NodaTime;

namespace ResponseCriteria.Endpoints;

/// <summary>One ADaM BDS-TTE record: a subject's time to an event or to censoring.</summary>
public sealed class AdtteRecord
{
    internal AdtteRecord(StudySubject subject, string paramcd, string param, LocalDate? start, TimeToEventSource chosen)
    {
        StudyId = subject.StudyId;
        Usubjid = subject.Usubjid;
        Arm = subject.Arm;
        ParamCd = paramcd;
        Param = param;
        StartDate = start;
        // admiral derive_param_tte: an event or censoring before the start is moved to the start (ADT = max(ADT, STARTDT)).
        Adt = start is { } s && chosen.Date < s ? s : chosen.Date;
        // admiral derive_vars_duration (add_one = TRUE): the start day is day 1.
        Aval = start is { } from ? Period.DaysBetween(from, Adt) + 1 : null;
        Cnsr = chosen.Censor ? 1 : 0;
        EventDescription = chosen.Description;
        CensorDescription = chosen.Censor ? chosen.CensorDescription : string.Empty;
        SourceDomain = chosen.Domain;
        SourceVariable = chosen.Variable;
    }

    /// <summary>STUDYID.</summary>
    public string StudyId { get; }

    /// <summary>USUBJID.</summary>
    public string Usubjid { get; }

    /// <summary>ARM.</summary>
    public string Arm { get; }

    /// <summary>PARAMCD: OS, PFS, IPFS (iRECIST), RSD (duration of response), TTR (time to response).</summary>
    public string ParamCd { get; }

    /// <summary>PARAM.</summary>
    public string Param { get; }

    /// <summary>STARTDT, or null when the subject has no reference date.</summary>
    public LocalDate? StartDate { get; }

    /// <summary>ADT: the event or censoring date (never before the start).</summary>
    public LocalDate Adt { get; }

    /// <summary>AVAL: days from the start to ADT, the start counting as day 1; null without a start.</summary>
    public int? Aval { get; }

    /// <summary>CNSR: 0 for an event, 1 for censoring.</summary>
    public int Cnsr { get; }

    /// <summary>EVNTDESC.</summary>
    public string EventDescription { get; }

    /// <summary>CNSDTDSC (censored records only).</summary>
    public string CensorDescription { get; }

    /// <summary>SRCDOM: ADSL or ADRS.</summary>
    public string SourceDomain { get; }

    /// <summary>SRCVAR: the variable the date comes from.</summary>
    public string SourceVariable { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Usubjid} {ParamCd} {Adt:uuuu-MM-dd} AVAL {Aval} CNSR {Cnsr}";
}

/// <summary>A candidate event or censoring date of a time-to-event parameter (admiral's <c>event_source</c>/<c>censor_source</c>).</summary>
internal readonly record struct TimeToEventSource(LocalDate Date, bool Censor, string Description, string CensorDescription, string Domain, string Variable);
