using System;
using ResponseCriteria.Lesions;
using Xunit;

namespace ResponseCriteria.Tests.Lesions;

public sealed class MeasurementTest
{
    [Fact]
    public void Default_IsNotEvaluable()
    {
        Measurement m = default;
        Assert.Equal(MeasurementKind.NotEvaluable, m.Kind);
        Assert.False(m.IsEvaluable);
        Assert.Null(m.Millimetres);
        Assert.Equal(Measurement.NotEvaluable, m);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1_000_000.1)]
    public void FromMillimetres_OutOfRange_Throws(double value)
        => Assert.Throws<ArgumentOutOfRangeException>(() => Measurement.FromMillimetres((decimal)value));

    [Theory]
    [InlineData("-0.0000000000000000000000000001", false)] // below 0 by less than any double tells
    [InlineData("-0", true)] // negative zero is 0 mm
    [InlineData("999999.9999999999999999999999", true)]
    [InlineData("1000000.0000000000000000000001", false)]
    [InlineData("1000000", true)]
    [InlineData("0.0000000000000000000000000001", true)]
    public void FromMillimetres_NearTheBounds_DecidedExactly(string text, bool accepted)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        if (accepted)
        {
            Assert.Equal(value, Measurement.FromMillimetres(value).Millimetres);
        }
        else
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => Measurement.FromMillimetres(value));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1_000_000)]
    public void FromMillimetres_Bounds_Accepted(int value)
        => Assert.Equal(value, Measurement.FromMillimetres(value).Millimetres);

    [Fact]
    public void ValueForSum_ByKind_MillimetresTstmOrNull()
    {
        Assert.Equal(12.5m, Measurement.FromMillimetres(12.5m).ValueForSum(5m));
        Assert.Equal(5m, Measurement.TooSmallToMeasure.ValueForSum(5m));
        Assert.Null(Measurement.NotEvaluable.ValueForSum(5m));
        Assert.Equal(0m, Measurement.Disappeared.ValueForSum(5m));
    }

    [Fact]
    public void Equals_SameKindAndSize_Equal()
    {
        Assert.True(Measurement.FromMillimetres(10m) == Measurement.FromMillimetres(10.0m));
        Assert.True(Measurement.FromMillimetres(10m) != Measurement.TooSmallToMeasure);
        Assert.Equal(Measurement.FromMillimetres(10m).GetHashCode(), Measurement.FromMillimetres(10m).GetHashCode());
    }

    [Fact]
    public void ToString_ByKind_Readable()
    {
        Assert.Equal("12.5 mm", Measurement.FromMillimetres(12.5m).ToString());
        Assert.Equal("TSTM", Measurement.TooSmallToMeasure.ToString());
        Assert.Equal("NE", Measurement.NotEvaluable.ToString());
    }
}
