using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ResponseCriteria.Lesions;
using Xunit;

namespace ResponseCriteria.Batch.Tests;

public sealed class WordsTest
{
    /// <summary>The definition: the decimal the double's shortest round-trip text parses to (value and scale).</summary>
    private static decimal? ByText(double value)
        => double.IsFinite(value) ? decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture) : null;

    private static bool Same(decimal? a, decimal? b)
        => a is null ? b is null : b is not null && decimal.GetBits(a.Value).AsSpan().SequenceEqual(decimal.GetBits(b.Value));

    [Property(MaxTest = 500)]
    public Property StatusRoleFlag_AnyCaseAndSpaces_TheWordsOwnValue()
        => Prop.ForAll(
            Gen.Elements("NE", "present", "absent", "progression", "furtherIncrease", "TSTM", "target", "nonTarget", "non-target", "non_target", "new", "none", "true", "false", "yes", "no", "y", "n", "1", "0", "", "presentx", "tru").ToArbitrary(),
            ArbMap.Default.ArbFor<bool[]>(),
            Gen.Elements("", " ", "\t", "  ").ToArbitrary(),
            (word, upper, pad) =>
            {
                // The words as written are matched at once; the same word in other case or with spaces must mean the same.
                var recased = string.Concat(word.Select((c, i) => upper.Length > i && upper[i] ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)));
                var variant = pad + recased + pad;
                var flag = Words.Flag(word, out var ok);
                var variantFlag = Words.Flag(variant, out var variantOk);
                return (Words.Status(variant) == Words.Status(word) && Words.Role(variant) == Words.Role(word) && (flag, ok) == (variantFlag, variantOk))
                    .Label($"'{word}' vs '{variant}'");
            });

    [Theory]
    [InlineData(null, NonTargetStatus.NotEvaluable)]
    [InlineData("present", NonTargetStatus.Present)]
    [InlineData(" Absent ", NonTargetStatus.Absent)]
    [InlineData("TSTM", Words.TooSmall)]
    [InlineData("furtherIncrease", NonTargetStatus.FurtherIncrease)]
    [InlineData("maybe", null)]
    public void Status_Word_ItsStatus(string? word, NonTargetStatus? expected) => Assert.Equal(expected, Words.Status(word));

    [Theory]
    [InlineData("target", LongTableRole.Target)]
    [InlineData("nonTarget", LongTableRole.NonTarget)]
    [InlineData("NON-TARGET", LongTableRole.NonTarget)]
    [InlineData("new", LongTableRole.New)]
    [InlineData(" none", LongTableRole.None)]
    [InlineData("lesion", null)]
    [InlineData(null, null)]
    public void Role_Word_ItsRole(string? word, LongTableRole? expected) => Assert.Equal(expected, Words.Role(word));

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("", null, true)]
    [InlineData("true", true, true)]
    [InlineData("false", false, true)]
    [InlineData("Yes", true, true)]
    [InlineData("0", false, true)]
    [InlineData("perhaps", null, false)]
    public void Flag_Word_ItsValueAndWhetherItIsOne(string? word, bool? expected, bool expectedOk)
    {
        var value = Words.Flag(word, out var ok);
        Assert.Equal((expected, expectedOk), (value, ok));
    }

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
