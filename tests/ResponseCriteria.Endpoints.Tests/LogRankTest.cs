using System;
using System.Linq;
using ResponseCriteria.Cases.Tests;
using ResponseCriteria.Endpoints.Statistics;
using Xunit;

namespace ResponseCriteria.Endpoints.Tests;

public sealed class LogRankTest
{
    [Theory]
    [InlineData("exact")]
    [InlineData("random")]
    [InlineData("pharmaverse-PFS")]
    [InlineData("pharmaverse-OS")]
    public void Test_RReferenceDataset_EqualsSurvdiff(string dataset)
    {
        var expected = RReference.Read("logrank.csv").Single(r => r["dataset"] == dataset);

        var test = LogRank.Test(RReference.Survival(dataset));

        Assert.Equal(RReference.Number(expected["chisq"]), test.ChiSquare, RReference.Tolerance);
        Assert.Equal((int)RReference.Number(expected["df"]), test.DegreesOfFreedom);
        Assert.Equal(RReference.Number(expected["p"]), test.PValue, RReference.Tolerance);
        Assert.Equal(expected["observed"].Split(';').Select(RReference.Number), test.Observed);
        Assert.All(expected["expected"].Split(';').Select(RReference.Number).Zip(test.Expected), e => Assert.Equal(e.First, e.Second, RReference.Tolerance));
    }

    [Fact]
    public void Test_OneGroup_HasNoDegreesOfFreedom()
    {
        var test = LogRank.Test([("A", 1, true), ("A", 2, false)]);

        Assert.Equal(0, test.DegreesOfFreedom);
        Assert.True(double.IsNaN(test.PValue));
    }

    [Fact]
    public void Test_IdenticalGroups_ChiSquareIsZero()
    {
        var test = LogRank.Test([("A", 1, true), ("A", 3, false), ("B", 1, true), ("B", 3, false)]);

        Assert.Equal(0, test.ChiSquare, 12);
        Assert.Equal(1, test.PValue, 12);
    }
}
