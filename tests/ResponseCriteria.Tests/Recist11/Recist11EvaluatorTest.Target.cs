using ResponseCriteria.Recist11;
using ResponseCriteria.Responses;
using ResponseCriteria.Results;
using Xunit;

namespace ResponseCriteria.Tests.Recist11;

public sealed partial class Recist11EvaluatorTest
{
    [Theory]
    [InlineData("70", "PR")]
    [InlineData("70.1", "SD")]
    [InlineData("69.9", "PR")]
    public void Evaluate_DecreaseAroundThirtyPercent_PrOnlyAtOrBeyondThreshold(string size, string expected)
    {
        var result = Eval(new SeriesBuilder().Target("T1").At("2024-01-01", "100").At("2024-02-26", size));
        Assert.Equal(expected, Code(result.TimePoints[0].Target.Response));
    }

    [Fact]
    public void Evaluate_ExactlyMinus30PercentAcrossThreeLesions_PrWithExactArithmetic()
    {
        // 0.1 + 0.2 style sums: 33.3 + 33.3 + 33.4 = 100; 70% is 70.0 exactly.
        var result = Eval(new SeriesBuilder().Target("T1").Target("T2", "lung").Target("T3", "kidney")
            .At("2024-01-01", "33.3", "33.3", "33.4").At("2024-02-26", "23.3", "23.3", "23.4"));
        Assert.Equal(Response.PartialResponse, result.TimePoints[0].Target.Response);
        Assert.Equal(-30m, result.TimePoints[0].Target.ChangeFromBaselinePercent);
    }

    [Theory]
    [InlineData("25", "30", true)] // +20.0% and +5 mm: both inclusive
    [InlineData("20", "24", false)] // +20.0% but only +4 mm
    [InlineData("50", "59.9", false)] // +9.9 mm but +19.8%
    [InlineData("50", "60", true)] // +20.0% and +10 mm
    [InlineData("25", "29.9", false)] // +19.6%, +4.9 mm
    public void Evaluate_GrowthOverNadir_PdNeedsTwentyPercentAndFiveMillimetres(string nadir, string size, bool expectPd)
    {
        // Baseline 100 so the follow-up nadir, not the baseline, is the reference.
        var result = Eval(new SeriesBuilder().Target("T1").At("2024-01-01", "100").At("2024-02-26", nadir).At("2024-04-22", size));
        var target = result.TimePoints[1].Target;
        Assert.Equal(SeriesBuilder.D("2024-02-26"), target.NadirDate);
        Assert.Equal(expectPd, target.Response == Response.ProgressiveDisease);
        Assert.Equal(expectPd, target.Rule == TargetRule.Progression);
    }

    [Fact]
    public void Evaluate_NadirIsBaseline_PdJudgedFromBaseline()
    {
        var result = Eval(new SeriesBuilder().Target("T1").At("2024-01-01", "40").At("2024-02-26", "48"));
        Assert.Equal(Response.ProgressiveDisease, result.TimePoints[0].Target.Response);
        Assert.Equal(40m, result.TimePoints[0].Target.Nadir);
        Assert.Equal(SeriesBuilder.D("2024-01-01"), result.TimePoints[0].Target.NadirDate);
    }

    [Fact]
    public void Evaluate_PdFromNadirWhileStillBelowBaseline_PdTestedFirst()
    {
        // 100 -> 50 (PR) -> 65: still -35% from baseline, but +30% and +15 mm over the nadir.
        var result = Eval(new SeriesBuilder().Target("T1").At("2024-01-01", "100").At("2024-02-26", "50").At("2024-04-22", "65"));
        Assert.Equal(Response.ProgressiveDisease, result.TimePoints[1].Target.Response);
        Assert.Equal(15m, result.TimePoints[1].Target.ChangeFromNadirMillimetres);
    }

    [Theory]
    [InlineData("9.9", "CR")]
    [InlineData("10", "PR")]
    public void Evaluate_NodeAroundTenMillimetres_CrOnlyBelowTen(string nodeSize, string expectedOverall)
    {
        var result = Eval(new SeriesBuilder().Target("T1").Node("N1").At("2024-01-01", "20", "20").At("2024-02-26", "0", nodeSize));
        Assert.Equal(expectedOverall, Code(result.TimePoints[0].Response));
    }

    [Fact]
    public void Evaluate_CompleteResponseWithNodeSum_SumAboveZeroStillCr()
    {
        var result = Eval(new SeriesBuilder().Target("T1").Node("N1").At("2024-01-01", "20", "18").At("2024-02-26", "0", "8"));
        var target = result.TimePoints[0].Target;
        Assert.Equal(Response.CompleteResponse, target.Response);
        Assert.Equal(8m, target.Sum);
    }

    [Fact]
    public void Evaluate_TooSmallToMeasure_CountsFiveMillimetresAndBlocksCr()
    {
        var result = Eval(new SeriesBuilder().Target("T1").Target("T2", "lung").At("2024-01-01", "30", "20").At("2024-02-26", "TSTM", "0"));
        var target = result.TimePoints[0].Target;
        Assert.Equal(5m, target.Sum);
        Assert.Equal(Response.PartialResponse, target.Response);
    }

    [Fact]
    public void Evaluate_TooSmallToMeasureOption_UsesConfiguredSize()
    {
        var result = Eval(new SeriesBuilder().Target("T1").At("2024-01-01", "30").At("2024-02-26", "TSTM"), new Recist11Options { TooSmallToMeasureMillimetres = 3m });
        Assert.Equal(3m, result.TimePoints[0].Target.Sum);
    }

    [Fact]
    public void Evaluate_OneTargetNotEvaluable_TargetNe()
    {
        var result = Eval(new SeriesBuilder().Target("T1").Target("T2", "lung").At("2024-01-01", "40", "30").At("2024-02-26", "20", "NE"));
        var target = result.TimePoints[0].Target;
        Assert.Equal(Response.NotEvaluable, target.Response);
        Assert.Equal(TargetRule.NotEvaluable, target.Rule);
        Assert.Equal(["T2"], target.NotEvaluableLesions);
        Assert.False(target.IsComplete);
        Assert.Equal(Response.NotEvaluable, result.TimePoints[0].Response);
    }

    [Fact]
    public void Evaluate_MissingTargetButMeasuredOnesProvePd_Pd()
    {
        // [E09]: baseline 50 mm over three lesions, two measured at 80 mm -> PD whatever the third is.
        var result = Eval(new SeriesBuilder().Target("T1").Target("T2", "lung").Target("T3", "kidney")
            .At("2024-01-01", "20", "20", "10").At("2024-02-26", "40", "40", null));
        Assert.Equal(TargetRule.ProgressionFromPartialSum, result.TimePoints[0].Target.Rule);
        Assert.Equal(Response.ProgressiveDisease, result.TimePoints[0].Response);
    }

    [Fact]
    public void Evaluate_PartialAssessment_DoesNotSetNadir()
    {
        // 100 -> (20 + NE) -> 80: the partial 20 is not a nadir, so 80 is judged against 100 (SD), not 20 (PD).
        var result = Eval(new SeriesBuilder().Target("T1").Target("T2", "lung")
            .At("2024-01-01", "50", "50").At("2024-02-26", "20", "NE").At("2024-04-22", "40", "40"));
        Assert.Equal(100m, result.TimePoints[1].Target.Nadir);
        Assert.Equal(Response.StableDisease, result.TimePoints[1].Target.Response);
    }

    [Fact]
    public void Evaluate_ReappearanceAfterCompleteResponse_PdWithWarning()
    {
        var result = Eval(new SeriesBuilder().Target("T1").At("2024-01-01", "30").At("2024-02-26", "0").At("2024-04-22", "3"));
        var target = result.TimePoints[1].Target;
        Assert.Equal(Response.ProgressiveDisease, target.Response);
        Assert.Equal(TargetRule.ReappearanceAfterCompleteResponse, target.Rule);
        Assert.Equal(["T1"], target.ReappearedLesions);
        Assert.Contains(result.Diagnostics, d => d.Code == "RC0301");
    }

    [Fact]
    public void Evaluate_ReappearanceOptionOff_SumRulesDecide()
    {
        var options = new Recist11Options { ReappearanceAfterCompleteResponseIsProgression = false };
        var result = Eval(new SeriesBuilder().Target("T1").At("2024-01-01", "30").At("2024-02-26", "0").At("2024-04-22", "3"), options);
        Assert.Equal(Response.PartialResponse, result.TimePoints[1].Target.Response);
    }

    [Fact]
    public void Evaluate_NodeBackToTenAfterCr_Reappearance()
    {
        var result = Eval(new SeriesBuilder().Node("N1").At("2024-01-01", "20").At("2024-02-26", "9").At("2024-04-22", "10"));
        Assert.Equal(Response.CompleteResponse, result.TimePoints[0].Response);
        Assert.Equal(TargetRule.ReappearanceAfterCompleteResponse, result.TimePoints[1].Target.Rule);
    }

    [Fact]
    public void Evaluate_SumDriftsAbovePrAfterPr_SdByDefaultContinuedPrByOption()
    {
        // [FAQ] example: 100 -> 70 -> 70 -> 80 -> 80.
        var builder = new SeriesBuilder().Target("T1").At("2024-01-01", "100").At("2024-02-26", "70").At("2024-04-22", "70").At("2024-06-17", "80").At("2024-08-12", "80");
        Assert.Equal(["PR", "PR", "SD", "SD"], Codes(Eval(builder)));
        var continued = Eval(builder, new Recist11Options { ContinuedResponse = true });
        Assert.Equal(["PR", "PR", "PR", "PR"], Codes(continued));
        Assert.Equal(TargetRule.ContinuedResponse, continued.TimePoints[2].Target.Rule);
        Assert.Equal(Eval(builder).BestOverallResponse.Response, continued.BestOverallResponse.Response);
    }

    [Fact]
    public void Evaluate_ProgressionFromBaselineWithoutMillimetreRule_OptionsChangeReference()
    {
        // 40 -> 20 -> 30: +50% over the nadir (PD by RECIST 1.1) but -25% from baseline.
        var builder = new SeriesBuilder().Target("T1").At("2024-01-01", "40").At("2024-02-26", "20").At("2024-04-22", "30");
        Assert.Equal(Response.ProgressiveDisease, Eval(builder).TimePoints[1].Target.Response);
        var simplified = new Recist11Options { ProgressionReference = ProgressionReference.Baseline, ProgressionMinimumIncreaseMillimetres = 0m };
        var result = Eval(builder, simplified);
        Assert.Equal(Response.StableDisease, result.TimePoints[1].Target.Response);
        Assert.Equal(40m, result.TimePoints[1].Target.Nadir);
    }

    [Fact]
    public void Evaluate_NoMillimetreRule_TinyGrowthIsPd()
    {
        var options = new Recist11Options { ProgressionMinimumIncreaseMillimetres = 0m };
        var result = Eval(new SeriesBuilder().Target("T1").At("2024-01-01", "10").At("2024-02-26", "12"), options);
        Assert.Equal(Response.ProgressiveDisease, result.TimePoints[0].Target.Response);
    }

    [Fact]
    public void Evaluate_Explanation_NamesFiguresAndRule()
    {
        var result = Eval(new SeriesBuilder().Target("T1").At("2024-01-01", "40").At("2024-02-26", "25").At("2024-04-22", "30"));
        var explanation = result.TimePoints[1].Explanation;
        Assert.StartsWith("PD (target): targets PD: sum 30 mm is +20.0% and +5 mm over the nadir 25 mm of 2024-02-26", explanation);
        Assert.EndsWith("[E09 Table 1]", explanation);
    }

    [Fact]
    public void Evaluate_ChangeJustShortOfThreshold_ExplanationDoesNotRoundOntoIt()
    {
        // -29.96% must not print as -30.0% beside an SD call.
        var result = Eval(new SeriesBuilder().Target("T1").At("2024-01-01", "250").At("2024-02-26", "175.1"));
        Assert.Equal(Response.StableDisease, result.TimePoints[0].Target.Response);
        Assert.Contains("-29.96%", result.TimePoints[0].Explanation);
    }
}
