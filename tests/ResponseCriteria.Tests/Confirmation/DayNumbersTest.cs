using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using ResponseCriteria.Confirmation;
using ResponseCriteria.Recist11;
using ResponseCriteria.Responses;
using Xunit;

namespace ResponseCriteria.Tests.Confirmation;

public sealed class DayNumbersTest
{
    [Fact]
    public void Of_DefaultDate_Zero()
    {
        Assert.Equal(0, DayNumbers.Of(default));
        Assert.Equal(0, default(ResponseCall).Day);
    }

    [Property(MaxTest = 500)]
    public Property Of_AnyTwoIsoDates_DifferenceIsThePeriodInDays()
        => Prop.ForAll(Gen.Choose(-3_000_000, 2_900_000).Two().ToArbitrary(), pair =>
        {
            var a = new LocalDate(1, 1, 1).PlusDays(pair.Item1);
            var b = new LocalDate(1, 1, 1).PlusDays(pair.Item2);
            return DayNumbers.Of(b) - DayNumbers.Of(a) == Period.DaysBetween(a, b)
                && new ResponseCall(b, Response.StableDisease).Day == DayNumbers.Of(b);
        });

    [Property(MaxTest = 500)]
    public Property Of_IsoDateOfTheCommonEra_DateOnlyDayNumber()
        => Prop.ForAll(Gen.Choose(0, 3_652_058).ToArbitrary(), day =>
        {
            var date = System.DateOnly.FromDayNumber(day);
            return DayNumbers.Of(new LocalDate(date.Year, date.Month, date.Day)) == day;
        });

    [Theory]
    [InlineData(-9998, 1, 1)]
    [InlineData(0, 2, 29)]
    [InlineData(0, 3, 1)]
    [InlineData(1, 1, 1)]
    [InlineData(1900, 2, 28)]
    [InlineData(1900, 3, 1)]
    [InlineData(2000, 2, 29)]
    [InlineData(2024, 12, 31)]
    [InlineData(9999, 12, 31)]
    public void Of_EdgesOfYearsAndCalendar_DaysFromTheFirstOfJanuaryOfYearOne(int year, int month, int day)
    {
        var date = new LocalDate(year, month, day);
        Assert.Equal(Period.DaysBetween(new LocalDate(1, 1, 1), date), DayNumbers.Of(date));
    }

    [Fact]
    public void Of_DateInAnotherCalendar_NumberOfTheSameDay()
    {
        var iso = new LocalDate(2024, 3, 1);
        Assert.Equal(DayNumbers.Of(iso), DayNumbers.Of(iso.WithCalendar(CalendarSystem.Julian)));
    }

    [Fact]
    public void Derive_CallsInAnotherCalendar_SameDaysCounted()
    {
        // A confirmation 28 days later in the Julian calendar is 28 days later: the day numbers do not depend on the calendar.
        var baseline = new LocalDate(2024, 1, 1, CalendarSystem.Julian);
        ResponseCall[] calls = [new(baseline.PlusDays(56), Response.PartialResponse), new(baseline.PlusDays(84), Response.PartialResponse)];
        var best = BestResponse.Derive(baseline, calls, true, new Recist11Options { Confirmation = true });
        Assert.Equal(Response.PartialResponse, best.Response);
        Assert.Contains("28 days later", best.Explanation, System.StringComparison.Ordinal);
    }
}
