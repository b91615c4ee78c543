using System;

namespace ResponseCriteria.Endpoints;

/// <summary>Which date ends iPFS.</summary>
public enum ImmuneProgressionDate
{
    /// <summary>The iUPD that an iCPD later confirmed ([S17]; criteria 2.9): iPFS never ends after PFS on the same data.</summary>
    ConfirmedUnconfirmedProgression,

    /// <summary>The assessment that confirmed it (the iCPD).</summary>
    Confirmation,
}

/// <summary>
/// How time-to-event parameters are derived. The defaults are admiralonco's ADTTE template (<c>ad_adtte.R</c>): start at the
/// reference date, PFS events PD or death, censored at the last assessment or at the reference date when there is none.
/// </summary>
public sealed class TimeToEventOptions
{
    /// <summary>The template's defaults.</summary>
    public static TimeToEventOptions Default { get; } = new();

    /// <summary>
    /// FDA 2018 guidance variant: a PD or death more than this many days after the last adequate (not NE) assessment — two
    /// missed assessments, e.g. 2 × 56 days for 8-weekly scans — is censored at that assessment. Null (default): off.
    /// </summary>
    public int? MaximumDaysWithoutAssessment { get; init => field = value is null or > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "expected days above 0"); }

    /// <summary>
    /// FDA 2018 guidance variant: a subject who starts a new anticancer therapy before an event is censored at the last
    /// adequate assessment on or before that start. Default false.
    /// </summary>
    public bool CensorAtNewTherapy { get; init; }

    /// <summary>Which date ends iPFS (default: the confirmed iUPD).</summary>
    public ImmuneProgressionDate ImmuneProgressionDate { get; init; }
}
