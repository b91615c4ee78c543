using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ResponseCriteria.Results;
using Xunit;

namespace ResponseCriteria.Tests.Results;

/// <summary>The figures of every explanation: written by the fixed-point format, exactly as the custom formats they replace.</summary>
public sealed class ExplainTest
{
    /// <summary>Decimals of every magnitude and scale, both signs, and values on and next to a rounding midpoint.</summary>
    private static Arbitrary<decimal> Decimals()
        => Gen.OneOf(
                Gen.Choose(-2_000_000, 2_000_000).Zip(Gen.Choose(0, 8)).Select(t => new decimal(Math.Abs(t.Item1), 0, 0, t.Item1 < 0, (byte)t.Item2)),
                Gen.Choose(-100_000, 100_000).Zip(Gen.Elements(5m, 4m, 6m, 0m)).Select(t => (t.Item1 / 100m) + (t.Item2 / 1000m)),
                Gen.Choose(-9_999_999, 9_999_999).Select(n => n * 0.0000005m),
                Gen.Elements(0m, -0m, 0.00m, -0.001m, 0.004999m, 0.005m, -0.005m, 1.005m, 79228162514264337593543950335m, -79228162514264337593543950335m, 0.0000000000000000000000000001m))
            .ToArbitrary();

    [Property(MaxTest = 2000)]
    public Property Mm_AnyDecimal_AsTheCustomFormatWritesIt()
        => Prop.ForAll(Decimals(), v => Explain.Mm(v) == v.ToString("0.##", CultureInfo.InvariantCulture) + " mm");

    [Property(MaxTest = 2000)]
    public Property Number_AnyDecimal_AsTheCustomFormatWritesIt()
        => Prop.ForAll(Decimals(), v => Explain.Number(v) == v.ToString("0.##", CultureInfo.InvariantCulture));

    [Property(MaxTest = 2000)]
    public Property SignedMm_AnyDecimal_AsTheCustomFormatWritesIt()
        => Prop.ForAll(Decimals(), v => Explain.SignedMm(v) == v.ToString("+0.##;-0.##;0", CultureInfo.InvariantCulture) + " mm");

    [Property(MaxTest = 2000)]
    public Property Percent_AnyDecimalAndThreshold_AsTheCustomFormatWritesTheRoundedValue()
        => Prop.ForAll(Decimals(), Gen.Elements(-30m, 20m, 0m).ToArbitrary(), (v, threshold) =>
        {
            // The rounding that keeps a value off a threshold it does not meet, then the format of old.
            var rounded = Math.Round(v, 1, MidpointRounding.AwayFromZero);
            for (var places = 2; places <= 6 && rounded != v && rounded == threshold; places++)
            {
                rounded = Math.Round(v, places, MidpointRounding.AwayFromZero);
            }

            return Explain.Percent(v, threshold) == rounded.ToString("+0.0#####;-0.0#####;0.0", CultureInfo.InvariantCulture) + "%";
        });

    [Theory]
    [InlineData("12.345", "12.35 mm", "+12.35 mm")]
    [InlineData("-0.004", "0 mm", "0 mm")] // rounds to zero: no sign
    [InlineData("10.00", "10 mm", "+10 mm")]
    [InlineData("0", "0 mm", "0 mm")]
    public void MmAndSignedMm_Examples_AsWritten(string value, string mm, string signed)
    {
        var v = decimal.Parse(value, CultureInfo.InvariantCulture);
        Assert.Equal((mm, signed), (Explain.Mm(v), Explain.SignedMm(v)));
    }

    [Theory]
    [InlineData("-30", "-30.0%")]
    [InlineData("-29.96", "-29.96%")] // -30.0% would read as the threshold it does not meet
    [InlineData("-30.04", "-30.04%")] // near a threshold, as many places as it takes to tell it apart
    [InlineData("19.99", "+19.99%")]
    [InlineData("20.01", "+20.01%")]
    [InlineData("-0.04", "0.0%")]
    [InlineData("12.3456789", "+12.3%")]
    public void Percent_Examples_AsWritten(string value, string expected)
        => Assert.Equal(expected, Explain.Percent(decimal.Parse(value, CultureInfo.InvariantCulture), -30m, 20m));
}
