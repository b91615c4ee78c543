using NodaTime;

namespace ResponseCriteria.Confirmation;

/// <summary>
/// Dates as day numbers: days since 0001-01-01 in the ISO calendar (so the default date is day 0). The rules count days as
/// differences of these integers, computed once per date rather than per comparison.
/// </summary>
internal static class DayNumbers
{
    private static readonly LocalDate Origin = new(1, 1, 1);

    /// <summary>The day number of <paramref name="date"/> (any calendar: the same day has the same number).</summary>
    internal static int Of(LocalDate date)
        => Period.DaysBetween(Origin, date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso));
}
