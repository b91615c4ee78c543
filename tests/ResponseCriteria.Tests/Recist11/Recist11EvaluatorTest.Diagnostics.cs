using System.Linq;
using ResponseCriteria.Diagnostics;
using ResponseCriteria.Lesions;
using ResponseCriteria.Recist11;
using ResponseCriteria.Responses;
using ResponseCriteria.Results;
using ResponseCriteria.Series;
using Xunit;

namespace ResponseCriteria.Tests.Recist11;

public sealed partial class Recist11EvaluatorTest
{
    [Fact]
    public void Evaluate_SmallBaselineTargets_WarnsWithLesionAndDate()
    {
        var result = Eval(new SeriesBuilder().Target("T1").Node("N1").At("2024-01-01", "9.9", "14.9").At("2024-02-26", "9", "14"));
        var d1 = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.TargetNotMeasurable);
        Assert.Equal("T1", d1.LesionId);
        Assert.Equal(SeriesBuilder.D("2024-01-01"), d1.Date);
        Assert.Equal(DiagnosticSeverity.Warning, d1.Severity);
        Assert.Equal("N1", Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.TargetNodeNotPathological).LesionId);
    }

    [Fact]
    public void Evaluate_BaselineTargetsAtMinimum_NoWarning()
    {
        var result = Eval(new SeriesBuilder().Target("T1").Node("N1").At("2024-01-01", "10", "15").At("2024-02-26", "9", "14"));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Evaluate_SixTargets_TooManyTargets()
    {
        var builder = new SeriesBuilder();
        string[] organs = ["liver", "lung", "kidney", "bone", "brain", "skin"];
        foreach (var (organ, i) in organs.Select((o, i) => (o, i)))
        {
            builder.Target("T" + i, organ);
        }

        var result = Eval(builder.At("2024-01-01", "20", "20", "20", "20", "20", "20").At("2024-02-26", "20", "20", "20", "20", "20", "20"));
        Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.TooManyTargets);
        Assert.Equal(Response.StableDisease, result.TimePoints[0].Response);
    }

    [Fact]
    public void Evaluate_ThreeNodesInDifferentRegions_OneOrganForNodes()
    {
        var result = Eval(new SeriesBuilder().Node("N1", "axilla").Node("N2", "mediastinum").Node("N3", "groin")
            .At("2024-01-01", "20", "20", "20").At("2024-02-26", "20", "20", "20"));
        Assert.Contains("lymph node", Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.TooManyTargetsInOrgan).Message);
    }

    [Fact]
    public void Evaluate_OrganNamesDifferingInCase_SameOrgan()
    {
        var result = Eval(new SeriesBuilder().Target("T1", "Liver").Target("T2", "liver").Target("T3", "LIVER")
            .At("2024-01-01", "20", "20", "20").At("2024-02-26", "20", "20", "20"));
        Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.TooManyTargetsInOrgan);
    }

    [Fact]
    public void Evaluate_BaselineTargetNotMeasured_ErrorAndTargetNe()
    {
        var result = Eval(new SeriesBuilder().Target("T1").Target("T2", "lung").At("2024-01-01", "20", "TSTM").At("2024-02-26", "10", "5"));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.BaselineTargetNotMeasured && d.LesionId == "T2" && d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(TargetRule.BaselineNotEvaluable, result.TimePoints[0].Target.Rule);
        Assert.Equal(Response.NotEvaluable, result.TimePoints[0].Response);
    }

    [Fact]
    public void Evaluate_BaselineNotMeasuredButNewLesion_StillPd()
    {
        var result = Eval(new SeriesBuilder().Target("T1").At("2024-01-01", "NE").At("2024-02-26", "10").New("NL1"));
        Assert.Equal(Response.ProgressiveDisease, result.TimePoints[0].Response);
    }

    [Fact]
    public void Evaluate_BaselineSumZero_Error()
    {
        var result = Eval(new SeriesBuilder().Target("T1").At("2024-01-01", "0").At("2024-02-26", "0"));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.BaselineSumZero);
        Assert.Equal(Response.NotEvaluable, result.TimePoints[0].Response);
    }

    [Fact]
    public void Evaluate_AssessmentNotAfterPrevious_NeAndNotUsed()
    {
        var result = Eval(new SeriesBuilder().Target("T1").At("2024-01-01", "50").At("2024-03-01", "30").At("2024-02-01", "10").At("2024-04-22", "29"));
        Assert.Equal(["PR", "NE", "PR"], Codes(result));
        Assert.Equal(OverallRule.AssessmentNotUsable, result.TimePoints[1].Rule);
        var d = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.DateOutOfOrder);
        Assert.Equal(SeriesBuilder.D("2024-02-01"), d.Date);
        Assert.Equal(30m, result.TimePoints[2].Target.Nadir);
    }

    [Fact]
    public void Evaluate_UndeclaredAndDuplicateLesions_Diagnostics()
    {
        var lesions = new[] { new Lesion("T1", "liver", LesionRole.Target), new Lesion("T1", "lung", LesionRole.Target) };
        var baseline = new Assessment(SeriesBuilder.D("2024-01-01"), [new("T1", Measurement.FromMillimetres(20)), new("X9", Measurement.FromMillimetres(20))]);
        var follow = new Assessment(SeriesBuilder.D("2024-02-26"), [new("T1", Measurement.FromMillimetres(20))], [new("T1", NonTargetStatus.Present)]);
        var result = new Recist11Evaluator().Evaluate(new PatientSeries(lesions, baseline, [follow]));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateLesionId && d.LesionId == "T1");
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UndeclaredLesion && d.LesionId == "X9");
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UndeclaredLesion && d.LesionId == "T1" && d.Date == SeriesBuilder.D("2024-02-26"));
        Assert.Equal(Response.StableDisease, result.TimePoints[0].Response);
    }

    [Fact]
    public void Evaluate_BaselineNonTargetNotPresent_Warning()
    {
        var result = Eval(new SeriesBuilder().Target("T1").NonTarget("NT1").At("2024-01-01", "20").NonTargets(NonTargetStatus.Absent).At("2024-02-26", "20"));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.BaselineNonTargetNotPresent && d.LesionId == "NT1");
    }

    [Fact]
    public void Evaluate_NewLesionWithBaselineId_WarningAndCounted()
    {
        var result = Eval(new SeriesBuilder().Target("T1").At("2024-01-01", "20").At("2024-02-26", "20").New("T1"));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.NewLesionIdClash);
        Assert.Equal(Response.ProgressiveDisease, result.TimePoints[0].Response);
    }

    [Fact]
    public void Evaluate_NoFollowUps_BestResponseNe()
    {
        var result = Eval(new SeriesBuilder().Target("T1").At("2024-01-01", "20"));
        Assert.Empty(result.TimePoints);
        Assert.Equal(Response.NotEvaluable, result.BestOverallResponse.Response);
        Assert.Null(result.ProgressionDate);
    }

    [Fact]
    public void Evaluate_Null_Throws()
        => Assert.Throws<System.ArgumentNullException>(() => new Recist11Evaluator().Evaluate(null!));
}
