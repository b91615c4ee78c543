using NodaTime;
using ResponseCriteria.Sdtm;
using Xunit;

namespace ResponseCriteria.Sdtm.Tests;

/// <summary>ISO 8601 dates of SDTM --DTC variables: full, partial (day imputed) or invalid.</summary>
public sealed class SdtmDatesTest
{
    [Theory]
    [InlineData("2024-03-05", "2024-03-05")]
    [InlineData("2024-03-05T10:30", "2024-03-05")]
    [InlineData("2024-02-29", "2024-02-29")] // a leap day
    [InlineData("2024-12-31", "2024-12-31")]
    public void TryParse_FullDate_Full(string text, string expected)
    {
        Assert.Equal(SdtmDates.Outcome.Full, SdtmDates.TryParse(text, DayImputation.Last, out var date));
        Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Parse(expected).Value, date);
    }

    [Theory]
    [InlineData("2023-02", DayImputation.Last, 28)]
    [InlineData("2024-02", DayImputation.Last, 29)]
    [InlineData("2024-02-", DayImputation.First, 1)]
    [InlineData("2024-02T10:00", DayImputation.Middle, 15)]
    public void TryParse_YearAndMonth_DayImputed(string text, DayImputation imputation, int day)
    {
        Assert.Equal(SdtmDates.Outcome.DayImputed, SdtmDates.TryParse(text, imputation, out var date));
        Assert.Equal(day, date.Day);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2024")]
    [InlineData("2024-3-05")]
    [InlineData("2024-03-5")]
    [InlineData("2024-13-01")]
    [InlineData("2024-00-10")]
    [InlineData("2023-02-29")] // not a leap year
    [InlineData("2024-04-31")]
    [InlineData("2024-03-00")]
    [InlineData("2024-03-05-01")]
    [InlineData("+024-03-05")]
    [InlineData("0000-03-05")]
    [InlineData("2024/03/05")]
    [InlineData("UNK")]
    public void TryParse_NotAnIsoDate_Invalid(string text)
        => Assert.Equal(SdtmDates.Outcome.Invalid, SdtmDates.TryParse(text, DayImputation.Last, out LocalDate _));
}
