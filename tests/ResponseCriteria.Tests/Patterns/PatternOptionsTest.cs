using System;
using ResponseCriteria.Patterns;
using Xunit;

namespace ResponseCriteria.Tests.Patterns;

public sealed class PatternOptionsTest
{
    [Fact]
    public void Default_CriteriaValues()
    {
        var o = PatternOptions.Default;
        Assert.Equal(30m, o.ResponseDecreasePercent);
        Assert.Equal(20m, o.GrowthIncreasePercent);
        Assert.Equal(5m, o.GrowthMinimumMillimetres);
        Assert.Equal(HyperprogressionDefinition.Champiat2017, o.HyperprogressionDefinition);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(45.5)]
    public void ResponseDecreasePercent_ZeroToHundred_Kept(decimal percent)
        => Assert.Equal(percent, new PatternOptions { ResponseDecreasePercent = percent }.ResponseDecreasePercent);

    [Theory]
    [InlineData(-0.1)]
    [InlineData(100.1)]
    public void ResponseDecreasePercent_OutsideZeroToHundred_Throws(decimal percent)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new PatternOptions { ResponseDecreasePercent = percent });

    [Fact]
    public void Growth_Negative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PatternOptions { GrowthIncreasePercent = -1m });
        Assert.Throws<ArgumentOutOfRangeException>(() => new PatternOptions { GrowthMinimumMillimetres = -1m });
        Assert.Equal(0m, new PatternOptions { GrowthMinimumMillimetres = 0m }.GrowthMinimumMillimetres);
    }
}
