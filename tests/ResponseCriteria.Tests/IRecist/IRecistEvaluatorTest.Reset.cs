using System.Linq;
using ResponseCriteria.IRecist;
using ResponseCriteria.Lesions;
using ResponseCriteria.Responses;
using ResponseCriteria.Results;
using Xunit;

namespace ResponseCriteria.Tests.IRecist;

public sealed partial class IRecistEvaluatorTest
{
    [Fact]
    public void Evaluate_IUpdBackUnderThresholds_ResetsThenNewIUpdNeedsItsOwnConfirmation()
    {
        // 100 -> 65 (iPR) -> 80 (iUPD) -> 66 (iPR: reset) -> 82 (iUPD again, not iCPD) -> 88 (iCPD, +6 over 82).
        var result = Eval(new SeriesBuilder().Target("T1").Target("T2", "lung").At("2024-01-01", "60", "40")
            .At("2024-02-26", "39", "26").At("2024-04-22", "48", "32").At("2024-06-03", "40", "26")
            .At("2024-07-29", "49", "33").At("2024-09-09", "53", "35"));
        Assert.Equal(["iPR", "iUPD", "iPR", "iUPD", "iCPD"], Codes(result));
        Assert.Equal(IRecistTransition.Reset, result.TimePoints[2].IRecist!.Transition);
        Assert.Equal(IRecistTransition.UnconfirmedProgression, result.TimePoints[3].IRecist!.Transition);
        Assert.Equal(65m, result.TimePoints[3].Target.Nadir); // criteria Q6: smallest earlier sum
        Assert.Equal(SeriesBuilder.D("2024-07-29"), result.ProgressionDate);
        Assert.Equal(Response.PartialResponse, result.BestOverallResponse.Response);
        Assert.True(result.Patterns.Has(ResponseCriteria.Patterns.ResponsePattern.Pseudoprogression));
    }

    [Theory]
    [InlineData(true, "iPR")] // [FAQ] scenario B: targets shrank further, new lesion unchanged
    [InlineData(false, "iUPD")] // literal [S17] Table 2
    public void Evaluate_NewLesionIUpdThenTargetsShrinkFurther_ScenarioBOption(bool scenarioB, string expected)
    {
        var options = new IRecistOptions { ResetWhenTargetsShrinkAfterNewLesion = scenarioB };
        var result = Eval(OneTarget(("2024-02-26", "40")).New("NL1", "15").At("2024-04-08", "35").New("NL1", "15"), options);
        Assert.Equal(["iUPD", expected], Codes(result));
    }

    [Fact]
    public void Evaluate_NewLesionIUpdTargetsShrinkButNewLesionGrewALittle_StaysIUpd()
        => Assert.Equal(["iUPD", "iUPD"], Codes(Eval(OneTarget(("2024-02-26", "40")).New("NL1", "15").At("2024-04-08", "35").New("NL1", "17"))));

    [Fact]
    public void Evaluate_ResponseBeforeNewLesionAndNothingChanges_StaysIUpd()
    {
        // [FAQ] scenario F: PR, then a new lesion, then the same picture.
        var result = Eval(OneTarget(("2024-02-26", "30"), ("2024-04-22", "30")).New("NL1", "15").At("2024-06-03", "30").New("NL1", "15"));
        Assert.Equal(["iPR", "iUPD", "iUPD"], Codes(result));
    }

    [Fact]
    public void Evaluate_NewLesionPersistsUnchangedAfterReset_NoNewIUpdUntilItProgresses()
    {
        var result = Eval(OneTarget(("2024-02-26", "40")).New("NL1", "15")
            .At("2024-04-08", "35").New("NL1", "15")
            .At("2024-05-20", "35").New("NL1", "15")
            .At("2024-07-01", "35").New("NL1", "21"));
        Assert.Equal(["iUPD", "iPR", "iPR", "iUPD"], Codes(result));
        Assert.Equal(NewLesionRule.Persisting, result.TimePoints[2].NewLesions.Rule);
        Assert.Equal(IRecistTransition.UnconfirmedProgression, result.TimePoints[3].IRecist!.Transition);
    }

    [Fact]
    public void Evaluate_FurtherNewLesionAfterReset_NewIUpd()
    {
        var result = Eval(OneTarget(("2024-02-26", "40")).New("NL1", "15")
            .At("2024-04-08", "35").New("NL1", "15")
            .At("2024-05-20", "35").New("NL1", "15").New("NL2", "12", organ: "bone"));
        Assert.Equal(["iUPD", "iPR", "iUPD"], Codes(result));
    }

    [Fact]
    public void Evaluate_CompleteResponseWithNewLesionStillPresent_NotICr()
    {
        var result = Eval(OneTarget(("2024-02-26", "10")).New("NL1", "8", organ: "liver")
            .At("2024-04-08", "0").New("NL1", "8", organ: "liver")
            .At("2024-05-20", "0").New("NL1", "0", organ: "liver"));
        Assert.Equal(["iUPD", "iPR", "iCR"], Codes(result));
    }

    [Fact]
    public void Evaluate_NonTargetOnlyNewLesionGone_ResetToNonCrNonPd()
    {
        var result = Eval(new SeriesBuilder().NonTarget("NT1").NonTarget("NT2", "mediastinal node", node: true).At("2024-01-01")
            .At("2024-02-26").At("2024-04-22").New("NL1", "8", organ: "liver").At("2024-06-03").New("NL1", "0", organ: "liver", status: NonTargetStatus.Absent));
        Assert.Equal(["iNonCR/NonPD", "iUPD", "iNonCR/NonPD"], Codes(result));
        Assert.Equal(Response.NonCompleteNonProgression, result.BestOverallResponse.Response);
        Assert.Null(result.ProgressionDate);
    }

    [Theory]
    [InlineData(false, "iUPD")] // the early scan's 45 mm is the nadir: 55 is +22% and +10 mm
    [InlineData(true, "iSD")] // excluded: 55 is judged against 50
    public void Evaluate_EarlyScanAndNadir_Q13Option(bool exclude, string expected)
    {
        // The early scan is disregarded (iUPD, criteria Q20) but its fully measured sum counts for the nadir unless excluded.
        var options = new IRecistOptions { ExcludeEarlyScansFromNadir = exclude };
        var result = Eval(OneTarget(("2024-02-26", "60"), ("2024-03-11", "45"), ("2024-05-06", "55")), options);
        Assert.Equal(["iUPD", "iUPD", expected], Codes(result));
    }

    [Fact]
    public void Evaluate_AgreesWithRecistBeforeProgression_SameCategories()
    {
        var builder = OneTarget(("2024-02-26", "34"), ("2024-04-22", "0"));
        var recist = new ResponseCriteria.Recist11.Recist11Evaluator().Evaluate(builder.Build());
        var irecist = Eval(builder);
        Assert.Equal(recist.TimePoints.Select(tp => tp.Response), irecist.TimePoints.Select(tp => tp.Response));
        Assert.Equal(["iPR", "iCR"], Codes(irecist));
    }

    [Fact]
    public void Evaluate_OptionsWindowInverted_Throws()
        => Assert.Throws<System.ArgumentException>(() => new IRecistEvaluator(new IRecistOptions { IUpdConfirmationMinimumDays = 60, IUpdConfirmationMaximumDays = 56 }));

    [Fact]
    public void Evaluate_OptionsWindowOfOneDay_Accepted()
        => Assert.Equal(42, new IRecistEvaluator(new IRecistOptions { IUpdConfirmationMinimumDays = 42, IUpdConfirmationMaximumDays = 42 }).Options.IUpdConfirmationMaximumDays);

    [Fact]
    public void Evaluate_Null_Throws()
        => Assert.Throws<System.ArgumentNullException>(() => new IRecistEvaluator().Evaluate(null!));

    [Fact]
    public void Evaluate_CompleteThenPartialWithLenientOption_ConfirmedWithQueryWarning()
    {
        // A node: 20 mm, then 8 mm (iCR: under 10 mm), then 12 mm (+4 mm: not progression; 40% below baseline: iPR).
        var builder = new SeriesBuilder().Node("N1").At("2024-01-01", "20").At("2024-02-26", "8").At("2024-04-08", "12");
        var strict = Eval(builder, new IRecistOptions { Recist11 = new ResponseCriteria.Recist11.Recist11Options { Confirmation = true, ReappearanceAfterCompleteResponseIsProgression = false } });
        var lenient = Eval(builder, new IRecistOptions { Recist11 = new ResponseCriteria.Recist11.Recist11Options { Confirmation = true, ReappearanceAfterCompleteResponseIsProgression = false, PartialAfterCompleteConfirms = true } });
        Assert.Equal(["iCR", "iPR"], Codes(strict));
        Assert.Equal(Response.StableDisease, strict.BestOverallResponse.Response);
        Assert.DoesNotContain(strict.Diagnostics, d => d.Code == "RC0302");
        Assert.Equal(Response.PartialResponse, lenient.BestOverallResponse.Response);
        Assert.Contains(lenient.Diagnostics, d => d.Code == "RC0302" && d.Date == SeriesBuilder.D("2024-04-08"));
    }
}
