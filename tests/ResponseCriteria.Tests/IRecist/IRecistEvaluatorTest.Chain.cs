using System.Linq;
using ResponseCriteria.IRecist;
using ResponseCriteria.Lesions;
using ResponseCriteria.Patterns;
using ResponseCriteria.Recist11;
using ResponseCriteria.Responses;
using ResponseCriteria.Results;
using Xunit;

namespace ResponseCriteria.Tests.IRecist;

/// <summary>The iUPD chain: what keeps it open, what it is measured from, and which scans can confirm it (criteria Q16–Q21).</summary>
public sealed partial class IRecistEvaluatorTest
{
    private static SeriesBuilder TargetAndNonTarget() => new SeriesBuilder().Target("T1").NonTarget("NT1").At("2024-01-01", "50");

    // Q16: no reset on an incomplete picture.
    [Fact]
    public void Evaluate_NonTargetIUpdThenTargetsNotEvaluable_NotEvaluableAndLaterNewLesionConfirms()
    {
        var result = Eval(TargetAndNonTarget()
            .At("2024-02-26", "45").NonTargets(NonTargetStatus.Progression)
            .At("2024-04-08", "NE").NonTargets(NonTargetStatus.Present)
            .At("2024-05-20", "45").NonTargets(NonTargetStatus.Present).New("NL1", "12", organ: "lung"));
        Assert.Equal(["iUPD", "NE", "iCPD"], Codes(result));
        Assert.Equal(IRecistTransition.NotEvaluable, result.TimePoints[1].IRecist!.Transition);
        Assert.Equal(SeriesBuilder.D("2024-02-26"), result.ProgressionDate);
        Assert.Equal(SeriesBuilder.D("2024-05-20"), result.ProgressionConfirmationDate);
        Assert.Contains("T1 not evaluable", result.TimePoints[1].Explanation, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NonTargetIUpdThenEverythingEvaluableAndBack_Resets()
    {
        var result = Eval(TargetAndNonTarget()
            .At("2024-02-26", "45").NonTargets(NonTargetStatus.Progression)
            .At("2024-04-08", "45").NonTargets(NonTargetStatus.Present)
            .At("2024-05-20", "45").NonTargets(NonTargetStatus.Present).New("NL1", "12", organ: "lung"));
        Assert.Equal(["iUPD", "iSD", "iUPD"], Codes(result));
        Assert.Equal(IRecistTransition.Reset, result.TimePoints[1].IRecist!.Transition);
        Assert.Null(result.ProgressionDate);
    }

    [Theory]
    [InlineData(null, "NE")] // a non-target that did not drive the iUPD is not evaluable: no reset
    [InlineData(NonTargetStatus.Present, "iSD")]
    public void Evaluate_TargetIUpdBackUnderWithNonTargetNotEvaluable_NoReset(NonTargetStatus? status, string expected)
    {
        var result = Eval(TargetAndNonTarget().At("2024-02-26", "60").At("2024-04-08", "52").NonTargets(status));
        Assert.Equal(["iUPD", expected], Codes(result));
    }

    [Theory]
    [InlineData("NE", "NE")] // a followed new lesion not evaluable: no reset (criteria Q14, Q16)
    [InlineData("12", "iSD")]
    public void Evaluate_TargetIUpdBackUnderWithFollowedNewLesion_ResetsOnlyWhenEvaluable(string newLesion, string expected)
    {
        // NL1 appears with a target iUPD; two scans later the targets are back under the thresholds.
        var result = Eval(OneTarget(("2024-02-26", "60")).New("NL1", "12", organ: "lung")
            .At("2024-04-08", "60").New("NL1", "12", organ: "lung")
            .At("2024-05-20", "52").New("NL1", newLesion, organ: "lung"),
            new IRecistOptions());
        Assert.Equal(expected, Codes(result)[2]);
    }

    [Fact]
    public void Evaluate_TargetIUpdThenNotEvaluableThenGrowth_ConfirmsDatedToFirstIUpd()
    {
        var result = Eval(TargetAndNonTarget().At("2024-02-26", "60")
            .At("2024-04-08", "52").NonTargets(NonTargetStatus.NotEvaluable)
            .At("2024-05-20", "66"));
        Assert.Equal(["iUPD", "NE", "iCPD"], Codes(result));
        Assert.Equal(SeriesBuilder.D("2024-02-26"), result.ProgressionDate);
    }

    // Q17: a followed new non-target lesion seen again after it was gone has progressed.
    [Theory]
    [InlineData(true, "iCPD")]
    [InlineData(false, "iUPD")]
    public void Evaluate_NewNonTargetBackFromAbsentInsideChain_Confirms(bool back, string expected)
    {
        var builder = OneTarget(("2024-02-26", "50")).New("NL1", organ: "pleura").New("NL2", organ: "peritoneum")
            .At("2024-04-08", "50").New("NL1", organ: "pleura", status: NonTargetStatus.Absent).New("NL2", organ: "peritoneum")
            .At("2024-05-20", "50").New("NL2", organ: "peritoneum");
        if (back)
        {
            builder.New("NL1", organ: "pleura");
        }

        var result = Eval(builder);
        Assert.Equal(["iUPD", "iUPD", expected], Codes(result));
        if (back)
        {
            Assert.Equal(ProgressionReasons.NewLesion, result.TimePoints[2].IRecist!.ConfirmedBy);
            Assert.Contains("NL1", result.TimePoints[2].Explanation, System.StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(true, "iUPD")] // back from absent after a reset: a new iUPD
    [InlineData(false, "iSD")]
    public void Evaluate_NewNonTargetBackFromAbsentAfterReset_NewIUpd(bool back, string expected)
    {
        var builder = OneTarget(("2024-02-26", "50")).New("NL1", organ: "pleura")
            .At("2024-04-08", "50")
            .At("2024-05-20", "50");
        if (back)
        {
            builder.New("NL1", organ: "pleura");
        }

        var result = Eval(builder);
        Assert.Equal(["iUPD", "iSD", expected], Codes(result));
        Assert.Equal(back ? IRecistTransition.UnconfirmedProgression : IRecistTransition.NoProgression, result.TimePoints[2].IRecist!.Transition);
    }

    // Q18: the clock counts from the first iUPD of the chain.
    [Fact]
    public void Evaluate_RepeatedIUpdThenGrowth_WindowCountsFromFirstIUpd()
    {
        // iUPD (60), iUPD 28 days later (62), then 68 27 days after that: 55 days after the first, +8 mm.
        var result = Eval(OneTarget(("2024-02-26", "60"), ("2024-03-25", "62"), ("2024-04-21", "68")));
        Assert.Equal(["iUPD", "iUPD", "iCPD"], Codes(result));
        Assert.Equal(55, result.TimePoints[2].IRecist!.DaysSinceUnconfirmedProgression);
        Assert.Equal(SeriesBuilder.D("2024-02-26"), result.ProgressionDate);
    }

    [Theory]
    [InlineData("2024-04-22", false)] // 56 days after the first iUPD
    [InlineData("2024-04-23", true)] // 57 days: late, although only 15 days after the second iUPD
    public void Evaluate_RepeatedIUpd_LateWarningCountsFromFirstIUpd(string date, bool warned)
    {
        var result = Eval(OneTarget(("2024-02-26", "60"), ("2024-04-08", "62"), (date, "70")));
        Assert.Equal(["iUPD", "iUPD", "iCPD"], Codes(result));
        Assert.Equal(warned, result.Diagnostics.Any(d => d.Code == "RC0305"));
    }

    // Q19: growth over lesions measured at both scans.
    [Theory]
    [InlineData("40", "40", "iUPD")] // 80 (partial) -> 90 (complete): nothing grew
    [InlineData("43", "42", "iCPD")] // T1 and T2 grew +5 mm together
    [InlineData("42", "42", "iUPD")] // +4 mm
    public void Evaluate_IUpdFromPartialSumThenCompleteScan_GrowthOverLesionsMeasuredAtBoth(string t1, string t2, string expected)
    {
        var result = Eval(new SeriesBuilder().Target("T1").Target("T2", "lung").Target("T3", "kidney").At("2024-01-01", "20", "20", "10")
            .At("2024-02-26", "40", "40", "NE")
            .At("2024-04-08", t1, t2, "10"));
        Assert.Equal(["iUPD", expected], Codes(result));
        Assert.Equal(TargetRule.ProgressionFromPartialSum, result.TimePoints[0].Target.Rule);
    }

    [Fact]
    public void Evaluate_IUpdCompleteThenPartialScan_GrowthOverLesionsMeasuredAtBoth()
    {
        var result = Eval(new SeriesBuilder().Target("T1").Target("T2", "lung").At("2024-01-01", "25", "25")
            .At("2024-02-26", "30", "30")
            .At("2024-04-08", "36", "NE"));
        Assert.Equal(["iUPD", "iCPD"], Codes(result));
        Assert.Contains("measured at both scans", result.TimePoints[1].Explanation, System.StringComparison.Ordinal);
    }

    // Q20: a scan earlier than 4 weeks after the first iUPD is disregarded.
    [Fact]
    public void Evaluate_EarlyScanBackUnder_DisregardedThenGrowthConfirms()
    {
        // 60 (iUPD), 45 fourteen days later (early: neither confirms nor resets), 70 at six weeks: +10 mm over the iUPD.
        var result = Eval(OneTarget(("2024-02-26", "60"), ("2024-03-11", "45"), ("2024-04-08", "70")));
        Assert.Equal(["iUPD", "iUPD", "iCPD"], Codes(result));
        Assert.Equal(IRecistTransition.EarlyScan, result.TimePoints[1].IRecist!.Transition);
        Assert.False(result.Patterns.Has(ResponsePattern.Pseudoprogression));
        Assert.Contains("disregarded", result.TimePoints[1].Explanation, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-03-24", "iUPD")] // 27 days: disregarded
    [InlineData("2024-03-25", "iSD")] // 28 days: resets, a pseudoprogression
    public void Evaluate_ScanBackUnderAroundTwentyEightDays_ResetsOnlyInWindow(string date, string expected)
    {
        var result = Eval(OneTarget(("2024-02-26", "60"), (date, "45")));
        Assert.Equal(["iUPD", expected], Codes(result));
        Assert.Equal(expected == "iSD", result.Patterns.Has(ResponsePattern.Pseudoprogression));
    }

    [Fact]
    public void Evaluate_EarlyScanNotEvaluable_ReportedAsIUpd()
    {
        var result = Eval(TargetAndNonTarget().At("2024-02-26", "60").At("2024-03-11", "NE").NonTargets(NonTargetStatus.NotEvaluable));
        Assert.Equal(["iUPD", "iUPD"], Codes(result));
        Assert.False(result.Patterns.Has(ResponsePattern.Pseudoprogression));
    }

    // Unscheduled scans: an early scan may confirm by an additional new lesion only when unscheduled.
    [Theory]
    [InlineData(true, true, "iCPD")]
    [InlineData(true, false, "iCPD")] // recorded as unscheduled: the option does not matter
    [InlineData(false, true, "iUPD")] // recorded as scheduled: never
    [InlineData(null, true, "iCPD")] // not recorded: the option decides (default allowed)
    [InlineData(null, false, "iUPD")]
    public void Evaluate_EarlyScanWithAdditionalNewLesion_ConfirmsWhenUnscheduled(bool? unscheduled, bool option, string expected)
    {
        var builder = OneTarget(("2024-02-26", "60")).At("2024-03-04", "60").New("NL1", "12", organ: "brain");
        if (unscheduled is { } u)
        {
            builder.Unscheduled(u);
        }

        var result = Eval(builder, new IRecistOptions { EarlyScanWithNewLesionConfirms = option });
        Assert.Equal(["iUPD", expected], Codes(result));
    }

    [Fact]
    public void Evaluate_NewLesionOnScheduledEarlyScan_ConfirmsAtTheScanInTheWindow()
    {
        var result = Eval(OneTarget(("2024-02-26", "60"))
            .At("2024-03-04", "60").New("NL1", "12", organ: "brain").Unscheduled(false)
            .At("2024-04-08", "60").New("NL1", "12", organ: "brain"));
        Assert.Equal(["iUPD", "iUPD", "iCPD"], Codes(result));
        Assert.Equal(ProgressionReasons.NewLesion, result.TimePoints[2].IRecist!.ConfirmedBy);
        Assert.Contains("recorded as scheduled", result.TimePoints[1].Explanation, System.StringComparison.Ordinal);
    }

    // Q21: an equivocal new lesion later confirmed dates the iUPD to its first sighting.
    [Theory]
    [InlineData(true, "iUPD", "iCPD", "2024-02-26")] // NL1 (6 mm, a new non-target) grew to 12 mm: confirms
    [InlineData(false, "iSD", "iUPD", "2024-04-08")] // NL1 appears only when confirmed; NL2 then confirms
    public void Evaluate_EquivocalNewLesionConfirmedLater_IUpdDatedToFirstSighting(bool backdate, string first, string second, string progression)
    {
        var builder = OneTarget(("2024-02-26", "50")).New("NL1", "6", organ: "liver", equivocal: true)
            .At("2024-04-08", "50").New("NL1", "12", organ: "liver")
            .At("2024-05-20", "50").New("NL1", "12", organ: "liver").New("NL2", "12", organ: "bone")
            .At("2024-07-01", "50").New("NL1", "12", organ: "liver").New("NL2", "12", organ: "bone").New("NL3", "12", organ: "brain");
        var options = new IRecistOptions { Recist11 = new Recist11Options { BackdateEquivocalNewLesions = backdate } };
        var result = Eval(builder, options);
        Assert.Equal(first, Codes(result)[0]);
        Assert.Equal(second, Codes(result)[1]);
        Assert.Equal(SeriesBuilder.D(progression), result.ProgressionDate);
        var recist = new Recist11Evaluator(options.Recist11).Evaluate(builder.Build());
        Assert.Equal(recist.ProgressionDate, result.ProgressionDate); // iPFS never ends after PFS on the same data
    }

    [Theory]
    [InlineData(false, "iNonCR/NonPD")] // criteria Q15
    [InlineData(true, "iSD")]
    public void Evaluate_UnconfirmedICr_NonTargetOnlyIsINonCrNonPd(bool withTarget, string expected)
    {
        var builder = new SeriesBuilder().NonTarget("NT1");
        if (withTarget)
        {
            builder.Target("T1");
        }

        builder.At("2024-01-01", "20").At("2024-02-26", "0").NonTargets(NonTargetStatus.Absent).At("2024-03-11", "0").NonTargets(NonTargetStatus.Absent);
        var result = Eval(builder, new IRecistOptions { Recist11 = new Recist11Options { Confirmation = true } });
        Assert.Equal(["iCR", "iCR"], Codes(result));
        Assert.Equal(expected, ResponseCodes.ToCode(result.BestOverallResponse.Response, Criteria.IRecist));
    }
}
