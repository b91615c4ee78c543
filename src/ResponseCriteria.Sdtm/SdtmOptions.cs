using System;
using System.Collections.Generic;

namespace ResponseCriteria.Sdtm;

/// <summary>How a missing day in a partial ISO 8601 date (<c>2014-02</c>) is imputed.</summary>
public enum DayImputation
{
    /// <summary>The first day of the month.</summary>
    First = 0,

    /// <summary>The 15th.</summary>
    Middle = 1,

    /// <summary>The last day of the month (admiralonco's ADRS template for RSDTC: <c>highest_imputation = "D", date_imputation = "last"</c>).</summary>
    Last = 2,
}

/// <summary>Options of the SDTM mapping. Immutable.</summary>
public sealed class SdtmOptions
{
    /// <summary>The defaults.</summary>
    public static SdtmOptions Default { get; } = new();

    /// <summary>How a missing day is imputed (a missing month is not imputed: the record is rejected). Default <see cref="DayImputation.Last"/>.</summary>
    public DayImputation DayImputation { get; init; } = DayImputation.Last;

    /// <summary>
    /// Only this evaluator (matched case-insensitively against TREVALID/RSEVALID, or TREVAL/RSEVAL when those are empty, e.g.
    /// "INVESTIGATOR", "RADIOLOGIST 1"); null for all.
    /// </summary>
    public string? Evaluator { get; init; }

    /// <summary>
    /// Each subject's reference date (treatment start or randomisation, e.g. ADSL RANDDT) by USUBJID: set on the subject's series,
    /// so that the SD minimum counts from it. Null (default), or a subject missing: from the baseline scan.
    /// </summary>
    public IReadOnlyDictionary<string, NodaTime.LocalDate>? ReferenceDates { get; init; }

    internal bool Selects(string evaluator)
        => Evaluator is null || string.Equals(Evaluator, evaluator, StringComparison.OrdinalIgnoreCase);
}
