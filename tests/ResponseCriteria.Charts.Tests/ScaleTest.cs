using Xunit;

namespace ResponseCriteria.Charts.Tests;

public sealed class ScaleTest
{
    [Theory]
    [InlineData(0.7, 1)]
    [InlineData(1, 1)]
    [InlineData(1.3, 2)]
    [InlineData(2.2, 2.5)]
    [InlineData(3, 5)]
    [InlineData(7, 10)]
    [InlineData(23, 25)]
    public void NiceStep_RawStep_RoundedUpToOneTwoTwoAndHalfOrFive(double raw, double expected)
        => Assert.Equal(expected, Scale.NiceStep(raw), 9);

    [Fact]
    public void Map_Range_EndsOnPixelsTicksRound()
    {
        var s = new Scale(3, 97, 100, 600, 6);

        Assert.Equal((0, 100, 20), (s.Min, s.Max, s.Step));
        Assert.Equal([0, 20, 40, 60, 80, 100], s.Ticks);
        Assert.Equal(100, s.Map(0));
        Assert.Equal(600, s.Map(100));
        Assert.Equal(350, s.Map(50));
    }

    [Fact]
    public void Constructor_EmptyRange_Widened()
        => Assert.True(new Scale(5, 5, 0, 100).Max > 5);
}
