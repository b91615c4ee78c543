using System.Linq;
using ResponseCriteria.Lesions;
using ResponseCriteria.Recist11;
using ResponseCriteria.Responses;
using ResponseCriteria.Results;
using Xunit;

namespace ResponseCriteria.Tests.Recist11;

public sealed partial class Recist11EvaluatorTest
{
    [Fact]
    public void Evaluate_NewLesionWhileTargetsRespond_Pd()
    {
        var result = Eval(new SeriesBuilder().Target("T1").At("2024-01-01", "50").At("2024-02-26", "30").At("2024-04-22", "25").New("NL1", organ: "bone"));
        Assert.Equal(["PR", "PD"], Codes(result));
        Assert.Equal(ProgressionReasons.NewLesion, result.TimePoints[1].ProgressionReasons);
        Assert.Equal(["NL1"], result.TimePoints[1].NewLesions.Lesions);
        Assert.Equal(SeriesBuilder.D("2024-04-22"), result.ProgressionDate);
    }

    [Fact]
    public void Evaluate_NewLesionWithTargetsNotEvaluable_Pd()
    {
        var result = Eval(new SeriesBuilder().Target("T1").At("2024-01-01", "50").At("2024-02-26", "NE").New("NL1"));
        Assert.Equal(Response.ProgressiveDisease, result.TimePoints[0].Response);
    }

    [Fact]
    public void Evaluate_EquivocalNewLesionConfirmedLater_PdDatedToFirstSighting()
    {
        var result = Eval(new SeriesBuilder().Target("T1").At("2024-01-01", "40")
            .At("2024-02-26", "30").New("NL1", "6", equivocal: true)
            .At("2024-04-22", "28").New("NL1", "12"));
        Assert.Equal(["PD", "PD"], Codes(result));
        Assert.Equal(NewLesionRule.EquivocalConfirmedLater, result.TimePoints[0].NewLesions.Rule);
        Assert.Equal(SeriesBuilder.D("2024-02-26"), result.ProgressionDate);
        Assert.Equal(Response.ProgressiveDisease, result.BestOverallResponse.Response);
        Assert.Contains(result.Diagnostics, d => d.Code == "RC0303" && d.LesionId == "NL1");
    }

    [Fact]
    public void Evaluate_EquivocalTwiceThenConfirmed_DatedToFirstSighting()
    {
        var result = Eval(new SeriesBuilder().Target("T1").At("2024-01-01", "40")
            .At("2024-02-26", "30").New("NL1", "6", equivocal: true)
            .At("2024-04-22", "29").New("NL1", "7", equivocal: true)
            .At("2024-06-17", "28").New("NL1", "12"));
        Assert.Equal(["PD", "PD", "PD"], Codes(result));
        Assert.Equal(SeriesBuilder.D("2024-02-26"), result.ProgressionDate);
    }

    [Fact]
    public void Evaluate_EquivocalNewLesionRefuted_NeverPd()
    {
        var result = Eval(new SeriesBuilder().Target("T1").At("2024-01-01", "40")
            .At("2024-02-26", "30").New("NL1", "6", equivocal: true)
            .At("2024-04-22", "28").New("NL1", "0"));
        Assert.Equal(["SD", "PR"], Codes(result));
        Assert.Equal(NewLesionRule.EquivocalNotConfirmed, result.TimePoints[0].NewLesions.Rule);
        Assert.Null(result.ProgressionDate);
    }

    [Fact]
    public void Evaluate_EquivocalNewLesionNoLongerListed_Refuted()
    {
        var result = Eval(new SeriesBuilder().Target("T1").At("2024-01-01", "40")
            .At("2024-02-26", "30").New("NL1", "6", equivocal: true)
            .At("2024-04-22", "28"));
        Assert.Equal(["SD", "PR"], Codes(result));
    }

    [Fact]
    public void Evaluate_EquivocalNewLesionAtLastAssessment_PendingWarning()
    {
        var result = Eval(new SeriesBuilder().Target("T1").At("2024-01-01", "40").At("2024-02-26", "30").New("NL1", "6", equivocal: true));
        Assert.Equal(["SD"], Codes(result));
        Assert.Contains(result.Diagnostics, d => d.Code == "RC0304");
    }

    [Fact]
    public void Evaluate_BackdatingOff_PdAtConfirmation()
    {
        var options = new Recist11Options { BackdateEquivocalNewLesions = false };
        var result = Eval(new SeriesBuilder().Target("T1").At("2024-01-01", "40")
            .At("2024-02-26", "30").New("NL1", "6", equivocal: true)
            .At("2024-04-22", "28").New("NL1", "12"), options);
        Assert.Equal(["SD", "PD"], Codes(result));
        Assert.Equal(SeriesBuilder.D("2024-04-22"), result.ProgressionDate);
    }

    [Fact]
    public void Evaluate_NewLesionRecordedAbsent_NotCounted()
    {
        var result = Eval(new SeriesBuilder().Target("T1").At("2024-01-01", "40").At("2024-02-26", "30").New("NL1", status: NonTargetStatus.Absent));
        Assert.Equal(NewLesionRule.None, result.TimePoints[0].NewLesions.Rule);
    }

    [Fact]
    public void Evaluate_AfterFirstPd_EveryLaterTimePointPd()
    {
        var result = Eval(new SeriesBuilder().Target("T1").At("2024-01-01", "50").At("2024-02-26", "70").At("2024-04-22", "20").At("2024-06-17", "0"));
        Assert.Equal(["PD", "PD", "PD"], Codes(result));
        Assert.Equal(OverallRule.AfterProgression, result.TimePoints[2].Rule);
        Assert.StartsWith("PD (progression on 2024-02-26 is final)", result.TimePoints[2].Explanation);
        Assert.Same(result.TimePoints[2].Explanation, result.TimePoints[2].Explanation); // built once, on first use
        Assert.Equal(Response.CompleteResponse, result.TimePoints[2].Target.Response);
        Assert.Equal(SeriesBuilder.D("2024-02-26"), result.ProgressionDate);
    }

    [Fact]
    public void Evaluate_ProgressionNotFinal_EachTimePointFromItsOwnData()
    {
        var options = new Recist11Options { ProgressionIsFinal = false };
        var result = Eval(new SeriesBuilder().Target("T1").At("2024-01-01", "50").At("2024-02-26", "70").At("2024-04-22", "55").At("2024-06-17", "30"), options);
        Assert.Equal(["PD", "SD", "PR"], Codes(result));
        Assert.Equal(SeriesBuilder.D("2024-02-26"), result.ProgressionDate);
        Assert.Equal(Response.ProgressiveDisease, result.BestOverallResponse.Response); // nothing after the first PD counts
    }

    [Theory]
    [InlineData("9.9", false)]
    [InlineData("10", true)]
    [InlineData("TSTM", false)]
    public void Evaluate_NewLymphNode_CountsOnlyFromTenMillimetres(string size, bool progression)
    {
        var result = Eval(new SeriesBuilder().Target("T1").At("2024-01-01", "40").At("2024-02-26", "38").New("NN1", size, organ: "axilla", node: true));
        Assert.Equal(progression, result.TimePoints[0].Response == Response.ProgressiveDisease);
        Assert.Equal(!progression, result.Diagnostics.Any(d => d.Code == "RC0205" && d.LesionId == "NN1"));
    }
}
