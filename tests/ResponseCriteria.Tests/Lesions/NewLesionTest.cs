using System;
using ResponseCriteria.Lesions;
using Xunit;

namespace ResponseCriteria.Tests.Lesions;

public sealed class NewLesionTest
{
    [Fact]
    public void IsPresent_SizeGoverns()
    {
        Assert.True(new NewLesion("N", "lung", size: Measurement.FromMillimetres(3)).IsPresent);
        Assert.False(new NewLesion("N", "lung", size: Measurement.Disappeared, status: NonTargetStatus.Present).IsPresent);
        Assert.True(new NewLesion("N", "lung", size: Measurement.NotEvaluable, status: NonTargetStatus.Absent).IsPresent);
        Assert.True(new NewLesion("N", "lung", size: Measurement.TooSmallToMeasure).IsPresent);
    }

    [Fact]
    public void IsPresent_WithoutSize_StatusDecides()
    {
        Assert.True(new NewLesion("N", "lung").IsPresent);
        Assert.False(new NewLesion("N", "lung", status: NonTargetStatus.Absent).IsPresent);
    }

    [Fact]
    public void Constructor_UnknownStatusOrRole_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new NewLesion("N", "lung", status: (NonTargetStatus)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NewLesion("N", "lung", role: (LesionRole)9));
    }
}
