using System;
using ResponseCriteria.Lesions;
using ResponseCriteria.Series;
using Xunit;

namespace ResponseCriteria.Tests.Series;

public sealed class PatientSeriesTest
{
    [Fact]
    public void Constructor_NullArguments_Throw()
    {
        var baseline = new Assessment(SeriesBuilder.D("2024-01-01"));
        Assert.Throws<ArgumentNullException>(() => new PatientSeries(null!, baseline, []));
        Assert.Throws<ArgumentNullException>(() => new PatientSeries([], null!, []));
        Assert.Throws<ArgumentException>(() => new PatientSeries([null!], baseline, []));
    }

    [Fact]
    public void WithLesionsAndFollowUps_CopyKeepsTheRest()
    {
        var series = new SeriesBuilder().Target("T1").Target("T2", "lung").At("2024-01-01", "10", "20").At("2024-02-01", "10", "20").Build("p1");
        var reordered = series.WithLesions([series.Lesions[1], series.Lesions[0]]);
        Assert.Equal("T2", reordered.Lesions[0].Id);
        Assert.Same(series.Baseline, reordered.Baseline);
        Assert.Equal("p1", reordered.Id);
        Assert.Empty(series.WithFollowUps([]).FollowUps);
        var dated = series.WithReferenceDate(new NodaTime.LocalDate(2024, 1, 5));
        Assert.Equal(new NodaTime.LocalDate(2024, 1, 5), dated.WithFollowUps([]).ReferenceDate);
        Assert.Equal(new NodaTime.LocalDate(2024, 1, 5), dated.WithLesions(dated.Lesions).ReferenceDate);
        Assert.Null(series.ReferenceDate);
        Assert.Single(series.FollowUps);
    }
}
