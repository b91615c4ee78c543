using System.Linq;
using ResponseCriteria.IRecist;
using ResponseCriteria.Lesions;
using ResponseCriteria.Responses;
using ResponseCriteria.Results;
using Xunit;

namespace ResponseCriteria.Tests.IRecist;

public sealed partial class IRecistEvaluatorTest
{
    [Theory]
    [InlineData("65", "iCPD")] // +5 mm over the iUPD sum: confirms
    [InlineData("64.9", "iUPD")] // +4.9 mm: still progressed, not confirmed
    public void Evaluate_TargetGrowthAfterIUpd_ConfirmsFromFiveMillimetres(string size, string expected)
    {
        var result = Eval(OneTarget(("2024-02-26", "60"), ("2024-04-08", size)));
        Assert.Equal(["iUPD", expected], Codes(result));
        Assert.Equal(ProgressionReasons.Target, result.TimePoints[0].ProgressionReasons);
    }

    [Theory]
    [InlineData("65", "iCPD")] // +4 then +1: cumulative +5 from the first iUPD confirms
    [InlineData("64.9", "iUPD")]
    public void Evaluate_TargetGrowthAcrossConsecutiveIUpds_Cumulative(string third, string expected)
    {
        var result = Eval(OneTarget(("2024-02-26", "60"), ("2024-04-08", "64"), ("2024-05-20", third)));
        Assert.Equal(["iUPD", "iUPD", expected], Codes(result));
        Assert.Equal(IRecistTransition.StillUnconfirmed, result.TimePoints[1].IRecist!.Transition);
    }

    [Theory]
    [InlineData("2024-03-24", "iUPD", IRecistTransition.EarlyScan)] // 27 days after the iUPD
    [InlineData("2024-03-25", "iCPD", IRecistTransition.Confirmed)] // 28 days
    public void Evaluate_ConfirmingScanAroundTwentyEightDays_EarlyScanCannotConfirm(string date, string expected, IRecistTransition transition)
    {
        var result = Eval(OneTarget(("2024-02-26", "60"), (date, "70")));
        Assert.Equal(["iUPD", expected], Codes(result));
        Assert.Equal(transition, result.TimePoints[1].IRecist!.Transition);
    }

    [Fact]
    public void Evaluate_EarlyScanThenScanInWindow_WindowCountsFromTheIUpd()
    {
        var result = Eval(OneTarget(("2024-02-26", "60"), ("2024-03-11", "70"), ("2024-04-22", "70")));
        Assert.Equal(["iUPD", "iUPD", "iCPD"], Codes(result));
        Assert.Equal(56, result.TimePoints[2].IRecist!.DaysSinceUnconfirmedProgression);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RC0305");
    }

    [Fact]
    public void Evaluate_EarlyScanWithAdditionalNewLesion_Confirms()
    {
        var result = Eval(OneTarget(("2024-02-26", "60")).At("2024-03-04", "60").New("NL1", "12", organ: "brain"));
        Assert.Equal(["iUPD", "iCPD"], Codes(result));
        Assert.Equal(ProgressionReasons.NewLesion, result.TimePoints[1].IRecist!.ConfirmedBy);
    }

    [Theory]
    [InlineData("2024-04-22", false)] // 56 days: in the window
    [InlineData("2024-04-23", true)] // 57 days: late, confirms with a warning
    public void Evaluate_ConfirmationAfterWindow_ConfirmsWithWarning(string date, bool warned)
    {
        var result = Eval(OneTarget(("2024-02-26", "60"), (date, "70")));
        Assert.Equal(["iUPD", "iCPD"], Codes(result));
        Assert.Equal(warned, result.Diagnostics.Any(d => d.Code == "RC0305"));
    }

    [Fact]
    public void Evaluate_Confirmed_BothDatesReportedAndLaterPointsStayICpd()
    {
        var result = Eval(OneTarget(("2024-02-26", "60"), ("2024-04-08", "70"), ("2024-05-20", "20")));
        Assert.Equal(["iUPD", "iCPD", "iCPD"], Codes(result));
        Assert.Equal(SeriesBuilder.D("2024-02-26"), result.ProgressionDate);
        Assert.Equal(SeriesBuilder.D("2024-04-08"), result.ProgressionConfirmationDate);
        Assert.Null(result.UnconfirmedProgressionDate);
        Assert.Equal(IRecistTransition.AfterConfirmation, result.TimePoints[2].IRecist!.Transition);
        Assert.Equal(Response.ConfirmedProgression, result.BestOverallResponse.Response);
    }

    [Fact]
    public void Evaluate_IUpdNeverConfirmed_NoEventDateButIUpdDateReported()
    {
        var result = Eval(OneTarget(("2024-02-26", "60")));
        Assert.Equal(["iUPD"], Codes(result));
        Assert.Null(result.ProgressionDate);
        Assert.Null(result.ProgressionConfirmationDate);
        Assert.Equal(SeriesBuilder.D("2024-02-26"), result.UnconfirmedProgressionDate);
        Assert.Equal(Response.UnconfirmedProgression, result.BestOverallResponse.Response);
        Assert.Contains(result.Diagnostics, d => d.Code == "RC0306");
    }

    [Theory]
    [InlineData(NonTargetStatus.FurtherIncrease, "iCPD")]
    [InlineData(NonTargetStatus.Progression, "iUPD")] // unchanged since the iUPD (criteria Q10)
    [InlineData(NonTargetStatus.Present, "iSD")] // no longer unequivocally worse: reset
    public void Evaluate_NonTargetIUpd_ConfirmedOnlyByFurtherIncrease(NonTargetStatus next, string expected)
    {
        var result = Eval(new SeriesBuilder().Target("T1").NonTarget("NT1").At("2024-01-01", "50")
            .At("2024-02-26", "45").NonTargets(NonTargetStatus.Progression)
            .At("2024-04-08", "45").NonTargets(next));
        Assert.Equal(["iUPD", expected], Codes(result));
        Assert.Equal(ProgressionReasons.NonTarget, result.TimePoints[0].ProgressionReasons);
    }

    [Fact]
    public void Evaluate_TargetIUpdThenNonTargetProgression_CategoryNewlyProgressedConfirms()
    {
        var result = Eval(new SeriesBuilder().Target("T1").NonTarget("NT1").At("2024-01-01", "50")
            .At("2024-02-26", "60")
            .At("2024-04-08", "61").NonTargets(NonTargetStatus.Progression));
        Assert.Equal(["iUPD", "iCPD"], Codes(result));
        Assert.Equal(ProgressionReasons.NonTarget, result.TimePoints[1].IRecist!.ConfirmedBy);
    }

    [Fact]
    public void Evaluate_NewLesionIUpdThenTargetProgression_Confirms()
    {
        var result = Eval(OneTarget(("2024-02-26", "40")).New("NL1", "12", organ: "lung").At("2024-04-08", "50").New("NL1", "12", organ: "lung"));
        Assert.Equal(["iUPD", "iCPD"], Codes(result));
        Assert.Equal(ProgressionReasons.Target, result.TimePoints[1].IRecist!.ConfirmedBy);
    }

    [Theory]
    [InlineData("20", "iCPD")] // NLT sum +5 mm
    [InlineData("19.9", "iUPD")] // +4.9 mm; targets unchanged so no reset (scenario F)
    public void Evaluate_NewLesionTargetSumGrowth_ConfirmsFromFiveMillimetres(string size, string expected)
    {
        var result = Eval(OneTarget(("2024-02-26", "40")).New("NL1", "15", organ: "lung").At("2024-04-08", "40").New("NL1", size, organ: "lung"));
        Assert.Equal(["iUPD", expected], Codes(result));
        Assert.Equal(["NL1"], result.TimePoints[0].IRecist!.NewLesionTargets);
        Assert.Equal(15m, result.TimePoints[0].IRecist!.NewLesionTargetSum);
    }

    [Theory]
    [InlineData(NonTargetStatus.Progression, "iCPD")]
    [InlineData(NonTargetStatus.FurtherIncrease, "iCPD")]
    [InlineData(NonTargetStatus.Present, "iUPD")]
    public void Evaluate_NewNonTargetLesionGrows_Confirms(NonTargetStatus status, string expected)
    {
        var result = Eval(OneTarget(("2024-02-26", "40")).New("NL1", organ: "pleura").At("2024-04-08", "40").New("NL1", organ: "pleura", status: status));
        Assert.Equal(["iUPD", expected], Codes(result));
        Assert.Equal(["NL1"], result.TimePoints[0].IRecist!.NewLesionNonTargets);
    }

    [Fact]
    public void Evaluate_MeasuredNewNonTargetGrows_Confirms()
    {
        // 8 mm is below the 10 mm measurability minimum: a new-lesion non-target; any growth confirms.
        var result = Eval(OneTarget(("2024-02-26", "40")).New("NL1", "8", organ: "liver").At("2024-04-08", "40").New("NL1", "9", organ: "liver"));
        Assert.Equal(["iUPD", "iCPD"], Codes(result));
    }

    [Fact]
    public void Evaluate_NewLesionNotEvaluableAtNextScan_NotEvaluable()
    {
        var result = Eval(OneTarget(("2024-02-26", "40")).New("NL1", "15", organ: "lung").At("2024-04-08", "38").New("NL1", "NE", organ: "lung"));
        Assert.Equal(["iUPD", "NE"], Codes(result));
        Assert.Equal(IRecistTransition.NotEvaluable, result.TimePoints[1].IRecist!.Transition);
    }

    [Fact]
    public void Evaluate_NewLesionNoLongerListed_ReadAsGone()
    {
        // The format reads an assessment's newLesions as complete: an unlisted lesion is gone, so the iUPD resets.
        var result = Eval(OneTarget(("2024-02-26", "40")).New("NL1", "15", organ: "lung").At("2024-04-08", "38"));
        Assert.Equal(["iUPD", "iSD"], Codes(result));
        Assert.Equal(IRecistTransition.Reset, result.TimePoints[1].IRecist!.Transition);
    }
}
