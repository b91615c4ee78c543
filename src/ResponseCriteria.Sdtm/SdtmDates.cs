using System;
using System.Globalization;
using NodaTime;

namespace ResponseCriteria.Sdtm;

/// <summary>ISO 8601 dates of SDTM --DTC variables: full (<c>2014-01-02</c>, a time part is ignored) or with the day missing (<c>2014-02</c>), imputed.</summary>
internal static class SdtmDates
{
    internal enum Outcome
    {
        Full,
        DayImputed,
        Invalid,
    }

    internal static Outcome TryParse(string text, DayImputation imputation, out LocalDate date)
    {
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

    internal static string Describe(DayImputation imputation) => imputation switch
    {
        DayImputation.First => "the first day of the month",
        DayImputation.Middle => "the 15th",
        _ => "the last day of the month",
    };

    internal static bool TryVisitNumber(string text, out decimal number)
        => decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number);

    internal static string Evaluator(string eval, string evalId)
        => evalId.Length > 0 ? evalId : eval.Length > 0 ? eval : "UNKNOWN";

    internal static bool IsYes(string flag) => string.Equals(flag, "Y", StringComparison.OrdinalIgnoreCase);
}
