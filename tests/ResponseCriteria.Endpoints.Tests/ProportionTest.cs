using System;
using ResponseCriteria.Cases.Tests;
using ResponseCriteria.Endpoints.Statistics;
using Xunit;

namespace ResponseCriteria.Endpoints.Tests;

public sealed class ProportionTest
{
    /// <summary>Every Clopper–Pearson and Wilson interval R computed (binom.test, prop.test without correction), at 95% and 90%.</summary>
    [Fact]
    public void Of_RReferenceInputs_IntervalsEqualR()
    {
        var rows = RReference.Read("proportions.csv");
        Assert.Equal(36, rows.Count);
        foreach (var r in rows)
        {
            var method = Enum.Parse<ProportionInterval>(r["method"]);
            var p = Proportion.Of((int)RReference.Number(r["x"]), (int)RReference.Number(r["n"]), RReference.Number(r["level"]), method);
            Assert.Equal(RReference.Number(r["lower"]), p.Lower, RReference.Tolerance);
            Assert.Equal(RReference.Number(r["upper"]), p.Upper, RReference.Tolerance);
        }
    }

    [Fact]
    public void Of_NoSubjects_EstimateAndLimitsAreNaN()
    {
        var p = Proportion.Of(0, 0);

        Assert.True(double.IsNaN(p.Estimate) && double.IsNaN(p.Lower) && double.IsNaN(p.Upper));
    }

    [Theory]
    [InlineData(-1, 10, 0.95)]
    [InlineData(11, 10, 0.95)]
    [InlineData(1, 10, 0)]
    [InlineData(1, 10, 1)]
    public void Of_OutOfRange_Throws(int count, int total, double level)
        => Assert.Throws<ArgumentOutOfRangeException>(() => Proportion.Of(count, total, level));

    [Fact]
    public void Of_ThreeOfEight_EstimateIsShare()
        => Assert.Equal(0.375, Proportion.Of(3, 8).Estimate);
}
