using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace ResponseCriteria.Batch.Tests;

public sealed class WordsTest
{
    /// <summary>The definition: the decimal the double's shortest round-trip text parses to (value and scale).</summary>
    private static decimal? ByText(double value)
        => double.IsFinite(value) ? decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture) : null;

    private static bool Same(decimal? a, decimal? b)
        => a is null ? b is null : b is not null && decimal.GetBits(a.Value).AsSpan().SequenceEqual(decimal.GetBits(b.Value));

    [Property(MaxTest = 2000)]
    public Property Exact_DecimalWrittenAsDouble_TheDecimalOfItsShortestText()
        => Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Choose(0, 12).ToArbitrary(), (units, places) =>
        {
            var value = (double)(units / (decimal)Math.Pow(10, places));
            return Same(ByText(value), Words.Exact(value)).Label($"{value:R}: {Words.Exact(value)} vs {ByText(value)}");
        });

    [Property(MaxTest = 2000)]
    public Property Exact_AnyDoubleBits_TheDecimalOfItsShortestText()
        => Prop.ForAll(Gen.Choose(int.MinValue, int.MaxValue).Two().ToArbitrary(), bits =>
        {
            var value = BitConverter.Int64BitsToDouble(unchecked(((long)bits.Item1 << 32) | (uint)bits.Item2));
            if (Math.Abs(value) >= 1e28)
            {
                return true.Label("beyond decimal");
            }

            return Same(ByText(value), Words.Exact(value)).Label($"{value:R}: {Words.Exact(value)} vs {ByText(value)}");
        });

    [Property(MaxTest = 5000)]
    public Property Exact_AnyDoubleInTheFastRange_TheDecimalOfItsShortestText()
        => Prop.ForAll(Gen.Choose(0, int.MaxValue).Two().ToArbitrary(), Gen.Choose(0, 7).ToArbitrary(), (bits, magnitude) =>
        {
            // Every bit of the mantissa random, at sizes from 10^-7 to 9,000,000 mm.
            var fraction = (((long)bits.Item1 << 22) ^ bits.Item2) / (double)(1L << 53);
            var value = fraction * 9 * Math.Pow(10, magnitude - 1);
            return Same(ByText(value), Words.Exact(value)).Label($"{value:R}: {Words.Exact(value)} vs {ByText(value)}");
        });

    [Theory]
    [InlineData(0.30000000000000004)] // 0.1 + 0.2
    [InlineData(12.3)]
    [InlineData(0.0)]
    [InlineData(8999999.999999999)]
    [InlineData(9000000.5)]
    [InlineData(1e-10)]
    [InlineData(123456.123456789)]
    [InlineData(5e-324)]
    public void Exact_Edges_TheDecimalOfItsShortestText(double value)
        => Assert.True(Same(ByText(value), Words.Exact(value)), $"{value:R}: {Words.Exact(value)} vs {ByText(value)}");

    [Fact]
    public void Exact_NegativeZero_TheDecimalOfItsShortestText()
        => Assert.True(Same(ByText(-0.0), Words.Exact(-0.0)));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Exact_NotFinite_Null(double value) => Assert.Null(Words.Exact(value));
}
