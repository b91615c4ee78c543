using System;
using System.Globalization;
using NodaTime;

namespace ResponseCriteria.Sdtm;

/// <summary>ISO 8601 dates of SDTM --DTC variables: full (<c>2014-01-02</c>, a time part is ignored) or with the day missing (<c>2014-02</c>), imputed.</summary>
public static class SdtmDates
{
    /// <summary>What <see cref="TryParse"/> found.</summary>
    public enum Outcome
    {
        /// <summary>A full date.</summary>
        Full,

        /// <summary>Year and month only: the day was imputed.</summary>
        DayImputed,

        /// <summary>Not a date with at least year and month.</summary>
        Invalid,
    }

    /// <summary>Reads an ISO 8601 date (a time part is ignored), imputing a missing day.</summary>
    /// <param name="text">The --DTC value.</param>
    /// <param name="imputation">How a missing day is imputed.</param>
    /// <param name="date">The date, or default when invalid.</param>
    /// <returns>Whether the date was full, had its day imputed, or was invalid.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static Outcome TryParse(string text, DayImputation imputation, out LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(text);
        date = default;
        var datePart = text.AsSpan();
        var time = datePart.IndexOf('T');
        if (time >= 0)
        {
            datePart = datePart[..time];
        }

        // yyyy-MM, yyyy-MM- or yyyy-MM-dd: no allocation, as this runs for every TR and RS record.
        if (datePart.Length < 7 || datePart[4] != '-' || (datePart.Length > 7 && datePart[7] != '-') || datePart.Length > 10
            || !int.TryParse(datePart[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(datePart.Slice(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || year < 1 || month is < 1 or > 12)
        {
            return Outcome.Invalid;
        }

        var daysInMonth = CalendarSystem.Iso.GetDaysInMonth(year, month);
        if (datePart.Length <= 8)
        {
            var day = imputation switch
            {
                DayImputation.First => 1,
                DayImputation.Middle => 15,
                _ => daysInMonth,
            };
            date = new LocalDate(year, month, day);
            return Outcome.DayImputed;
        }

        if (datePart.Length != 10 || !int.TryParse(datePart[8..], NumberStyles.None, CultureInfo.InvariantCulture, out var d) || d < 1 || d > daysInMonth)
        {
            return Outcome.Invalid;
        }

        date = new LocalDate(year, month, d);
        return Outcome.Full;
    }

    /// <summary>How a missing day is imputed, in words.</summary>
    /// <param name="imputation">The imputation.</param>
    public static string Describe(DayImputation imputation) => imputation switch
    {
        DayImputation.First => "the first day of the month",
        DayImputation.Middle => "the 15th",
        _ => "the last day of the month",
    };

    internal static bool TryVisitNumber(string text, out decimal number)
        => decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number);

    /// <summary>
    /// The CDISC study day of a date: day 1 is the origin (first dose or reference date), the day before is −1, there is no
    /// day 0 (ADaM ADY, SDTM --DY).
    /// </summary>
    /// <param name="origin">Day 1.</param>
    /// <param name="date">The date.</param>
    public static int StudyDay(LocalDate origin, LocalDate date)
    {
        var days = Period.DaysBetween(origin, date);
        return days >= 0 ? days + 1 : days;
    }

    /// <summary>Who read a record: --EVALID (e.g. "RADIOLOGIST 1"), else --EVAL (e.g. "INVESTIGATOR"), else "UNKNOWN".</summary>
    /// <param name="eval">--EVAL.</param>
    /// <param name="evalId">--EVALID.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Evaluator(string eval, string evalId)
    {
        ArgumentNullException.ThrowIfNull(eval);
        ArgumentNullException.ThrowIfNull(evalId);
        return evalId.Length > 0 ? evalId : eval.Length > 0 ? eval : "UNKNOWN";
    }

    internal static bool IsYes(string flag) => string.Equals(flag, "Y", StringComparison.OrdinalIgnoreCase);
}
