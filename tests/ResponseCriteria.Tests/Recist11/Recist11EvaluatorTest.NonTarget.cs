using ResponseCriteria.Lesions;
using ResponseCriteria.Responses;
using ResponseCriteria.Results;
using Xunit;

namespace ResponseCriteria.Tests.Recist11;

public sealed partial class Recist11EvaluatorTest
{
    [Theory]
    [InlineData(NonTargetStatus.Progression)]
    [InlineData(NonTargetStatus.FurtherIncrease)]
    public void Evaluate_UnequivocalNonTargetProgression_PdWhateverTargets(NonTargetStatus status)
    {
        var result = Eval(new SeriesBuilder().Target("T1").NonTarget("NT1").NonTarget("NT2", "pleura")
            .At("2024-01-01", "50").At("2024-02-26", "20").NonTargets(NonTargetStatus.Present, status));
        var tp = result.TimePoints[0];
        Assert.Equal(Response.PartialResponse, tp.Target.Response);
        Assert.Equal(NonTargetRule.UnequivocalProgression, tp.NonTarget.Rule);
        Assert.Equal(["NT2"], tp.NonTarget.Lesions);
        Assert.Equal(Response.ProgressiveDisease, tp.Response);
        Assert.Equal(ProgressionReasons.NonTarget, tp.ProgressionReasons);
    }

    [Fact]
    public void Evaluate_NonTargetNotEvaluableWithTargetPr_Pr()
    {
        var result = Eval(new SeriesBuilder().Target("T1").NonTarget("NT1").At("2024-01-01", "50").At("2024-02-26", "30").NonTargets([null]));
        Assert.Equal(Response.NotEvaluable, result.TimePoints[0].NonTarget.Response);
        Assert.Equal(Response.PartialResponse, result.TimePoints[0].Response);
    }

    [Fact]
    public void Evaluate_NonTargetNotEvaluableWithTargetSd_Sd()
    {
        var result = Eval(new SeriesBuilder().Target("T1").NonTarget("NT1").At("2024-01-01", "50").At("2024-02-26", "45").NonTargets(NonTargetStatus.NotEvaluable));
        Assert.Equal(Response.StableDisease, result.TimePoints[0].Response);
    }

    [Theory]
    [InlineData(NonTargetStatus.Absent, Response.CompleteResponse, OverallRule.CompleteResponse)]
    [InlineData(NonTargetStatus.Present, Response.PartialResponse, OverallRule.PartialResponseTargetsComplete)]
    [InlineData(NonTargetStatus.NotEvaluable, Response.PartialResponse, OverallRule.PartialResponseTargetsComplete)]
    public void Evaluate_TargetsCompleteResponse_OverallDependsOnNonTargets(NonTargetStatus status, Response expected, OverallRule rule)
    {
        var result = Eval(new SeriesBuilder().Target("T1").NonTarget("NT1").At("2024-01-01", "50").At("2024-02-26", "0").NonTargets(status));
        Assert.Equal(expected, result.TimePoints[0].Response);
        Assert.Equal(rule, result.TimePoints[0].Rule);
    }

    [Theory]
    [InlineData(NonTargetStatus.Absent, NonTargetStatus.Absent, "CR")]
    [InlineData(NonTargetStatus.Absent, NonTargetStatus.Present, "NonCR/NonPD")]
    [InlineData(NonTargetStatus.NotEvaluable, NonTargetStatus.Present, "NE")]
    [InlineData(NonTargetStatus.NotEvaluable, NonTargetStatus.Progression, "PD")]
    public void Evaluate_NonTargetOnlyDisease_Table2(NonTargetStatus first, NonTargetStatus second, string expected)
    {
        var result = Eval(new SeriesBuilder().NonTarget("NT1").NonTarget("NT2", "pleura").At("2024-01-01").At("2024-02-26").NonTargets(first, second));
        Assert.Equal(expected, Code(result.TimePoints[0].Response));
        Assert.Contains("E09 Table 2", result.TimePoints[0].Explanation);
    }

    [Fact]
    public void Evaluate_NonTargetPresentAgainAfterCr_Pd()
    {
        var result = Eval(new SeriesBuilder().Target("T1").NonTarget("NT1").At("2024-01-01", "30")
            .At("2024-02-26", "0").NonTargets(NonTargetStatus.Absent)
            .At("2024-04-22", "0").NonTargets(NonTargetStatus.Present));
        Assert.Equal(Response.CompleteResponse, result.TimePoints[0].Response);
        Assert.Equal(NonTargetRule.ReappearanceAfterCompleteResponse, result.TimePoints[1].NonTarget.Rule);
        Assert.Equal(Response.ProgressiveDisease, result.TimePoints[1].Response);
    }

    [Fact]
    public void Evaluate_NoDiseaseAtBaseline_NedUntilNewLesion()
    {
        var result = Eval(new SeriesBuilder().At("2024-01-01").At("2024-02-26").At("2024-04-22").New("NL1", "12"));
        Assert.Equal(["NED", "PD"], Codes(result));
        Assert.Equal(OverallRule.NoEvidenceOfDisease, result.TimePoints[0].Rule);
    }
}
