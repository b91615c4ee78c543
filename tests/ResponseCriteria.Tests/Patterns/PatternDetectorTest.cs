using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ResponseCriteria.IRecist;
using ResponseCriteria.Lesions;
using ResponseCriteria.Patterns;
using ResponseCriteria.Recist11;
using ResponseCriteria.Results;
using Xunit;

namespace ResponseCriteria.Tests.Patterns;

/// <summary>The response patterns reported with every evaluation (PatternDetector, criteria §4).</summary>
public sealed class PatternDetectorTest
{
    private static EvaluationResult Recist(SeriesBuilder b, PatternOptions? patterns = null)
        => new Recist11Evaluator(new Recist11Options { Patterns = patterns ?? PatternOptions.Default }).Evaluate(b.Build());

    private static EvaluationResult IRecist(SeriesBuilder b) => new IRecistEvaluator().Evaluate(b.Build());

    [Theory]
    [InlineData("35", true)] // -30.0%: responds
    [InlineData("35.1", false)] // -29.8%: does not
    public void Detect_ResponderBesideGrowingLesion_DissociatedFromMinus30Percent(string t1, bool expected)
    {
        // T2 grows from its nadir 20 to 25: +25% and +5 mm.
        var result = Recist(new SeriesBuilder().Target("T1", "liver").Target("T2", "lung").At("2024-01-01", "50", "20").At("2024-02-26", t1, "25"));
        Assert.Equal(expected, result.Patterns.Has(ResponsePattern.DissociatedResponse));
        if (expected)
        {
            var finding = Assert.Single(result.Patterns.Findings, f => f.Pattern == ResponsePattern.DissociatedResponse);
            Assert.Equal(["T1", "T2"], finding.Lesions);
            Assert.Equal(SeriesBuilder.D("2024-02-26"), finding.Date);
            Assert.Contains("Bernard-Tessier", finding.Definition);
        }
    }

    [Theory]
    [InlineData("25", true)] // +5 mm and +25% over the nadir
    [InlineData("24.9", false)] // +4.9 mm
    public void Detect_GrowingLesionNeedsFiveMillimetres(string t2, bool expected)
        => Assert.Equal(expected, Recist(new SeriesBuilder().Target("T1", "liver").Target("T2", "lung").At("2024-01-01", "50", "20").At("2024-02-26", "30", t2)).Patterns.Has(ResponsePattern.DissociatedResponse));

    /// <summary>Sizes near a threshold: exactly on it, a hundredth or a billionth of a mm either side, or 10^-20 mm (beyond any double).</summary>
    private static readonly decimal[] Offsets = [0m, 0.01m, -0.01m, 0.000000001m, -0.000000001m, 0.00000000000000000001m, -0.00000000000000000001m];

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    [Property(MaxTest = 300)]
    public Property Detect_TargetNearTheResponseThreshold_RespondsExactlyAsTheDecimalRule()
        => Prop.ForAll(Gen.Choose(1, 200_000).ToArbitrary(), Gen.Elements(30m, 30.5m, 33.333m, 0m, 100m, 99.99m).ToArbitrary(), Gen.Elements(Offsets).ToArbitrary(), (hundredths, percent, offset) =>
        {
            // T1 from d0 to d0 * (100 - p) / 100 + offset; T2 doubles (+100%, >= +20 mm), so the pattern is there exactly when T1 responds.
            var d0 = hundredths / 100m;
            var value = decimal.Max(0m, (d0 * (100m - percent) / 100m) + offset);
            var expected = value * 100m <= d0 * (100m - percent);
            var options = new PatternOptions { ResponseDecreasePercent = percent };
            var found = Recist(new SeriesBuilder().Target("T1", "liver").Target("T2", "lung").At("2024-01-01", Text(d0), "20").At("2024-02-26", Text(value), "40"), options).Patterns.Has(ResponsePattern.DissociatedResponse);
            return (found == expected).Label($"d0 {d0}, value {value}, p {percent}: expected {expected}");
        });

    [Property(MaxTest = 300)]
    public Property Detect_TargetNearTheGrowthThresholds_GrowsExactlyAsTheDecimalRule()
        => Prop.ForAll(Gen.Choose(1, 200_000).ToArbitrary(), Gen.Elements((20m, 5m), (12.5m, 2.5m), (0m, 0m), (1000m, 0.1m), (20m, 0m), (0m, 5m)).ToArbitrary(), Gen.Elements(Offsets).SelectMany(o => Gen.Elements(true, false).Select(p => (o, p))).ToArbitrary(), (hundredths, thresholds, near) =>
        {
            var (percent, millimetres) = thresholds;
            var (offset, onPercent) = near;
            // T2 from its nadir n to the percent limit or the millimetre limit (whichever the case picks) plus the offset; T1 responds.
            var n = hundredths / 100m;
            var value = decimal.Max(0m, (onPercent ? n * (100m + percent) / 100m : n + millimetres) + offset);
            var expected = value - n >= millimetres && value * 100m >= n * (100m + percent);
            var options = new PatternOptions { GrowthIncreasePercent = percent, GrowthMinimumMillimetres = millimetres };
            var found = Recist(new SeriesBuilder().Target("T1", "liver").Target("T2", "lung").At("2024-01-01", "50", Text(n)).At("2024-02-26", "10", Text(value)), options).Patterns.Has(ResponsePattern.DissociatedResponse);
            return (found == expected).Label($"n {n}, value {value}, +{percent}% and +{millimetres} mm: expected {expected}");
        });

    [Property(MaxTest = 300)]
    public Property Detect_NadirMovedByANearTie_GrowthJudgedFromTheExactNadir()
        => Prop.ForAll(Gen.Choose(1, 200_000).ToArbitrary(), Gen.Elements(Offsets).ToArbitrary(), Gen.Elements(Offsets).SelectMany(o => Gen.Elements(true, false).Select(p => (o, p))).ToArbitrary(), (hundredths, moved, near) =>
        {
            // T2's nadir is its baseline n0 or the first follow-up's n0 + moved, whichever is smaller (a tie down to 10^-20 mm); the
            // second follow-up sits on a growth limit of one of the two plus an offset. T1 responds at the second follow-up.
            var (offset, fromBaseline) = near;
            var n0 = hundredths / 100m;
            var first = decimal.Max(0m, n0 + moved);
            var nadir = decimal.Min(n0, first);
            var value = decimal.Max(0m, ((fromBaseline ? n0 : first) * 1.2m) + offset);
            var expected = value - nadir >= 5m && value * 100m >= nadir * 120m;
            var found = Recist(new SeriesBuilder().Target("T1", "liver").Target("T2", "lung").At("2024-01-01", "50", Text(n0)).At("2024-02-26", "50", Text(first)).At("2024-04-22", "10", Text(value))).Patterns.Findings.Any(f => f.Pattern == ResponsePattern.DissociatedResponse && f.Date == SeriesBuilder.D("2024-04-22"));
            return (found == expected).Label($"n0 {n0}, then {first}, then {value}: expected {expected}");
        });

    [Fact]
    public void Detect_TargetOfZeroMillimetresAtBaseline_NeverResponds()
        // T1 is 0 mm at baseline and stays 0: not "30% smaller"; T2 grows, but nothing responds.
        => Assert.False(Recist(new SeriesBuilder().Target("T1", "liver").Target("T2", "lung").At("2024-01-01", "0", "20").At("2024-02-26", "0", "40")).Patterns.Has(ResponsePattern.DissociatedResponse));

    [Theory]
    [InlineData("NE")]
    [InlineData("TSTM")]
    public void Detect_TargetNotMeasuredAtBaseline_GrowsOnlyOverItsFirstMeasurement(string baseline)
    {
        // T2 has no nadir until it is measured (20 mm at the first follow-up, while T1 already responds: no growth there);
        // at the second follow-up it is 30 mm, +10 mm and +50% over that nadir, and T1 still responds.
        var result = Recist(new SeriesBuilder().Target("T1", "liver").Target("T2", "lung").At("2024-01-01", "50", baseline).At("2024-02-26", "30", "20").At("2024-04-22", "30", "30"));
        Assert.Equal([SeriesBuilder.D("2024-04-22")], result.Patterns.Findings.Where(f => f.Pattern == ResponsePattern.DissociatedResponse).Select(f => f.Date));
    }

    [Fact]
    public void Detect_GrowthThresholdOption_Respected()
    {
        var options = new PatternOptions { GrowthMinimumMillimetres = 2m, GrowthIncreasePercent = 10m };
        Assert.True(Recist(new SeriesBuilder().Target("T1", "liver").Target("T2", "lung").At("2024-01-01", "50", "20").At("2024-02-26", "30", "22"), options).Patterns.Has(ResponsePattern.DissociatedResponse));
    }

    [Fact]
    public void Detect_NewLesionInAnotherOrganWhileTargetsRespond_DissociatedAndMixed()
    {
        var result = Recist(new SeriesBuilder().Target("T1", "liver").At("2024-01-01", "50").At("2024-02-26", "30").New("NL1", organ: "bone"));
        Assert.True(result.Patterns.Has(ResponsePattern.DissociatedResponse));
        var mixed = Assert.Single(result.Patterns.Findings, f => f.Pattern == ResponsePattern.MixedResponse);
        Assert.Contains("responding liver; progressing bone", mixed.Explanation);
    }

    [Fact]
    public void Detect_NewLesionInTheOnlyRespondingOrgan_NotMixed()
    {
        var result = Recist(new SeriesBuilder().Target("T1", "liver").At("2024-01-01", "50").At("2024-02-26", "30").New("NL1", organ: "Liver"));
        Assert.True(result.Patterns.Has(ResponsePattern.DissociatedResponse));
        Assert.False(result.Patterns.Has(ResponsePattern.MixedResponse));
    }

    [Fact]
    public void Detect_NonTargetProgressionWhileTargetsRespond_Dissociated()
    {
        var result = Recist(new SeriesBuilder().Target("T1", "liver").NonTarget("NT1", "bone").At("2024-01-01", "50").At("2024-02-26", "30").NonTargets(NonTargetStatus.Progression));
        Assert.True(result.Patterns.Has(ResponsePattern.DissociatedResponse));
        Assert.True(result.Patterns.Has(ResponsePattern.MixedResponse));
    }

    [Fact]
    public void Detect_EverythingShrinks_NoPattern()
        => Assert.Empty(Recist(new SeriesBuilder().Target("T1", "liver").Target("T2", "lung").At("2024-01-01", "50", "20").At("2024-02-26", "30", "10")).Patterns.Findings);

    [Fact]
    public void Detect_IRecistReset_Pseudoprogression()
    {
        var builder = new SeriesBuilder().Target("T1").At("2024-01-01", "50").At("2024-02-26", "40").New("NL1", "8").At("2024-04-08", "40").New("NL1", "0");
        var finding = Assert.Single(IRecist(builder).Patterns.Findings, f => f.Pattern == ResponsePattern.Pseudoprogression);
        Assert.Equal(SeriesBuilder.D("2024-04-08"), finding.Date);
        Assert.False(Recist(builder).Patterns.Has(ResponsePattern.Pseudoprogression));
    }

    [Fact]
    public void Detect_FastGrowthOnTreatmentAfterSlowGrowthBefore_Hyperprogression()
    {
        // 40 -> 42 mm over 2 months before treatment; 42 -> 70 mm in 6 weeks on treatment (PD at the first evaluation).
        var result = Recist(new SeriesBuilder().Target("T1").PreBaseline("2023-11-01", "40").At("2024-01-01", "42").At("2024-02-12", "70"));
        var k = result.Patterns.Kinetics!;
        Assert.Equal(40m, k.PreBaselineSum);
        Assert.Equal(70m, k.FirstSum);
        Assert.True(k.TgrExperimental > 2 * k.TgrReference);
        Assert.Contains(HyperprogressionDefinition.Champiat2017, k.DefinitionsMet);
        Assert.Contains(HyperprogressionDefinition.SaadaBouzid2017, k.DefinitionsMet);
        Assert.True(result.Patterns.Has(ResponsePattern.Hyperprogression));
    }

    [Fact]
    public void Detect_SameFastGrowthBeforeTreatment_NotHyperprogression()
    {
        // 25 -> 42 mm in the 2 months before; 42 -> 56 mm in the 6 weeks after: PD, but no faster than before.
        var result = Recist(new SeriesBuilder().Target("T1").PreBaseline("2023-11-01", "25").At("2024-01-01", "42").At("2024-02-12", "56"));
        Assert.DoesNotContain(HyperprogressionDefinition.Champiat2017, result.Patterns.Kinetics!.DefinitionsMet);
        Assert.False(result.Patterns.Has(ResponsePattern.Hyperprogression));
    }

    [Fact]
    public void Detect_PreBaselineMissingTarget_NoKineticsWithWarning()
    {
        var result = Recist(new SeriesBuilder().Target("T1").Target("T2", "lung").PreBaseline("2023-11-01", "40").At("2024-01-01", "42", "20").At("2024-02-12", "70", "30"));
        Assert.Null(result.Patterns.Kinetics);
        Assert.Contains(result.Diagnostics, d => d.Code == "RC0206" && d.LesionId == "T2");
    }

    [Fact]
    public void Detect_NoPreBaseline_NoKinetics()
        => Assert.Null(Recist(new SeriesBuilder().Target("T1").At("2024-01-01", "42").At("2024-02-12", "70")).Patterns.Kinetics);

    private static readonly PatternOptions Matos = new() { HyperprogressionDefinition = HyperprogressionDefinition.Matos2020 };

    [Theory]
    [InlineData("2024-03-01", "70.1", true)] // day 60, +40.2%: hyperprogression
    [InlineData("2024-03-01", "70", false)] // exactly +40% is not more than 40%
    [InlineData("2024-03-02", "80", true)] // day 61: still within 2 months
    [InlineData("2024-03-03", "80", false)] // day 62: too late
    public void Detect_Matos2020WithoutPreBaselineScan_FirstEvaluationOverFortyPercent(string date, string sum, bool expected)
    {
        var result = Recist(new SeriesBuilder().Target("T1").At("2024-01-01", "50").At(date, sum), Matos);
        Assert.Equal(expected, result.Patterns.Has(ResponsePattern.Hyperprogression));
    }

    [Theory]
    [InlineData(2, true)] // progression with two new lesions
    [InlineData(1, false)]
    public void Detect_Matos2020_TwoNewLesionsAtFirstEvaluation(int newLesions, bool expected)
    {
        var builder = new SeriesBuilder().Target("T1").At("2024-01-01", "50").At("2024-02-26", "50");
        for (var i = 0; i < newLesions; i++)
        {
            builder.New($"NL{i + 1}", "12", organ: i == 0 ? "lung" : "bone");
        }

        Assert.Equal(expected, Recist(builder, Matos).Patterns.Has(ResponsePattern.Hyperprogression));
    }

    [Fact]
    public void Detect_Matos2020FirstEvaluationNotProgression_None()
        => Assert.False(Recist(new SeriesBuilder().Target("T1").At("2024-01-01", "50").At("2024-02-26", "55"), Matos).Patterns.Has(ResponsePattern.Hyperprogression));

    [Theory]
    [InlineData("76", true)] // +52% over the pre-baseline 50 mm within 2 months, with TGR at least twice: Kato 2017
    [InlineData("75", false)] // exactly +50% is not more than 50%
    public void Detect_Kato2017_MoreThanFiftyPercentOverPreBaseline(string first, bool expected)
    {
        var result = Recist(new SeriesBuilder().Target("T1").PreBaseline("2023-11-01", "50").At("2024-01-01", "52").At("2024-02-26", first));
        Assert.NotNull(result.Patterns.Kinetics);
        Assert.Equal(expected, result.Patterns.Kinetics!.DefinitionsMet.Contains(HyperprogressionDefinition.Kato2017));
    }
}
