using System.Linq;
using NodaTime;
using ResponseCriteria.Confirmation;
using ResponseCriteria.Recist11;
using ResponseCriteria.Responses;
using Xunit;

namespace ResponseCriteria.Tests.Confirmation;

public sealed partial class BestResponseTest
{
    private static readonly LocalDate Baseline = new(2024, 1, 1);

    /// <summary>Calls from "day:code" pairs, e.g. "56:PR".</summary>
    private static ResponseCall[] Calls(params string[] items) => items.Select(item =>
    {
        var parts = item.Split(':');
        Assert.True(ResponseCodes.TryParse(parts[1], out var response, out _));
        return new ResponseCall(Baseline.PlusDays(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture)), response);
    }).ToArray();

    private static string Best(bool confirmation, Recist11Options? options, params string[] calls)
        => ResponseCodes.ToCode(BestResponse.Derive(Baseline, Calls(calls), confirmation, options).Response, Criteria.Recist11);

    // [E09] Table 3, first response then next evaluation, SD minimum 42 days.
    [Theory]
    [InlineData("CR", "56:CR", "84:CR")]
    [InlineData("SD", "56:CR", "84:SD")]
    [InlineData("PD", "28:CR", "35:SD")] // disease after a CR is progression when SD is too early
    [InlineData("SD", "56:CR", "84:PD")]
    [InlineData("PD", "28:CR", "56:PD")]
    [InlineData("SD", "56:CR", "84:NE")]
    [InlineData("NE", "28:CR", "56:NE")]
    [InlineData("PR", "56:PR", "84:CR")]
    [InlineData("PR", "56:PR", "84:PR")]
    [InlineData("SD", "56:PR", "84:SD")]
    [InlineData("SD", "56:PR", "84:PD")]
    [InlineData("PD", "28:PR", "56:PD")]
    [InlineData("SD", "56:PR", "84:NE")]
    [InlineData("NE", "28:PR", "56:NE")]
    [InlineData("NE", "56:NE", "84:NE")]
    public void Derive_Table3WithConfirmation_MatchesGuideline(string expected, params string[] calls)
        => Assert.Equal(expected, Best(true, null, calls));

    [Theory]
    [InlineData(false, "SD")] // [E09] Table 3 note, admiralonco: a real CR followed by disease is not a confirmed response
    [InlineData(true, "PR")] // the CR read as a misread PR
    public void Derive_CrThenPr_ConfirmedOnlyWhenPartialAfterCompleteConfirms(bool lenient, string expected)
        => Assert.Equal(expected, Best(true, new Recist11Options { PartialAfterCompleteConfirms = lenient }, "56:CR", "84:PR"));

    [Theory]
    [InlineData(false, "SD")]
    [InlineData(true, "PR")]
    public void Derive_PrEarlyCrPr_ConfirmedOnlyWhenPartialAfterCompleteConfirms(bool lenient, string expected)
        => Assert.Equal(expected, Best(true, new Recist11Options { PartialAfterCompleteConfirms = lenient }, "56:PR", "70:CR", "98:PR"));

    [Theory]
    [InlineData("PR", "56:PR", "70:PR", "98:CR")] // a PR before the confirming CR is fine
    [InlineData("PR", "56:PR", "98:CR")]
    [InlineData("CR", "56:CR", "70:CR", "98:CR")]
    public void Derive_ResponseThenCr_Confirmed(string expected, params string[] calls)
        => Assert.Equal(expected, Best(true, null, calls));

    [Theory]
    [InlineData("PR", "56:PR", "70:SD", "98:PR")] // one SD accepted
    [InlineData("SD", "56:PR", "70:SD", "84:SD", "98:PR")] // two are not (admiralonco accept_sd: at most one)
    [InlineData("PR", "56:PR", "70:SD", "84:NE", "98:PR")] // one SD and one NE
    public void Derive_AcceptSd_AtMostOneSdBetween(string expected, params string[] calls)
        => Assert.Equal(expected, Best(true, new Recist11Options { AcceptStableDiseaseBetweenConfirmation = true }, calls));

    [Theory]
    [InlineData(true, "NonCR/NonPD")] // criteria Q15: never SD for non-target-only disease
    [InlineData(false, "SD")]
    public void Derive_UnconfirmedCr_NonTargetOnlyIsNonCrNonPd(bool nonTargetOnly, string expected)
        => Assert.Equal(expected, ResponseCodes.ToCode(BestResponse.Derive(Baseline, Calls("56:CR", "70:CR"), true, null, Criteria.Recist11, nonTargetOnly).Response, Criteria.Recist11));

    [Fact]
    public void Derive_NonTargetOnlyConfirmedCr_StaysCr()
        => Assert.Equal(Response.CompleteResponse, BestResponse.Derive(Baseline, Calls("56:CR", "84:CR"), true, null, Criteria.Recist11, true).Response);

    [Theory]
    [InlineData(false, "SD")]
    [InlineData(true, "PR")]
    public void Derive_PrSdPr_ConfirmedOnlyWhenSdAccepted(bool acceptSd, string expected)
        => Assert.Equal(expected, Best(true, new Recist11Options { AcceptStableDiseaseBetweenConfirmation = acceptSd }, "56:PR", "70:SD", "98:PR"));

    [Theory]
    [InlineData(1, "PR")]
    [InlineData(0, "SD")]
    public void Derive_PrNePr_OneNeToleratedByDefault(int maxNe, string expected)
        => Assert.Equal(expected, Best(true, new Recist11Options { MaximumNotEvaluableBetweenConfirmation = maxNe }, "56:PR", "84:NE", "112:PR"));

    [Fact]
    public void Derive_PrNeNePr_TwoNeTooMany()
        => Assert.Equal("SD", Best(true, null, "56:PR", "84:NE", "112:NE", "140:PR"));

    [Fact]
    public void Derive_PrThenPrTooSoonThenPr_ConfirmedByLaterOne()
        => Assert.Equal("PR", Best(true, null, "56:PR", "70:PR", "84:PR"));

    [Fact]
    public void Derive_ConfirmedPrDriftingToSd_StaysPr()
        => Assert.Equal("PR", Best(true, null, "56:PR", "84:PR", "112:SD", "140:SD"));

    [Fact]
    public void Derive_CallsAfterFirstPd_Ignored()
    {
        Assert.Equal("PD", Best(false, null, "28:SD", "56:PD", "84:CR"));
        Assert.Equal("PD", Best(true, null, "28:SD", "56:PD", "84:CR", "112:CR"));
    }

    [Fact]
    public void Derive_NonCrNonPdAfterMinimum_NonCrNonPd()
        => Assert.Equal("NonCR/NonPD", Best(false, null, "56:NonCR/NonPD", "84:NonCR/NonPD"));

    [Fact]
    public void Derive_NoCalls_Ne()
    {
        var best = BestResponse.Derive(Baseline, [], confirmation: true);
        Assert.Equal(Response.NotEvaluable, best.Response);
        Assert.Null(best.Date);
    }

    [Fact]
    public void Derive_UnconfirmedBest_DateIsFirstBestCall()
    {
        var best = BestResponse.Derive(Baseline, Calls("28:SD", "56:PR", "84:PR"), confirmation: false);
        Assert.Equal(Response.PartialResponse, best.Response);
        Assert.Equal(Baseline.PlusDays(56), best.Date);
        Assert.Null(best.ConfirmationDate);
    }

    [Fact]
    public void Derive_IRecistCodes_ExplanationUsesThem()
    {
        var best = BestResponse.Derive(Baseline, Calls("56:iPR"), confirmation: false, criteria: Criteria.IRecist);
        Assert.StartsWith("iPR", best.Explanation);
    }

    [Theory]
    [InlineData("PR: PR on 2024-02-26 confirmed by PR on 2024-04-08, 42 days later (>= 28, 1 SD between)", "56:PR", "70:SD", "98:PR")]
    [InlineData("PR: PR on 2024-02-26 confirmed by PR on 2024-04-22, 56 days later (>= 28, 1 NE and 1 SD between)", "56:PR", "70:SD", "84:NE", "112:PR")]
    [InlineData("PR: PR on 2024-02-26 confirmed by PR on 2024-04-08, 42 days later (>= 28, 1 NE between)", "56:PR", "70:NE", "98:PR")]
    public void Derive_ConfirmedWithCallsBetween_ExplanationCountsThem(string expected, params string[] calls)
        => Assert.Equal(expected, BestResponse.Derive(Baseline, Calls(calls), true, new Recist11Options { AcceptStableDiseaseBetweenConfirmation = true }).Explanation);

    [Fact]
    public void Derive_NoCalls_NeWithoutFollowUp()
        => Assert.Equal("NE: no follow-up assessment", BestResponse.Derive(Baseline, [], true).Explanation);

    [Fact]
    public void Derive_CrThenEarlySd_PdExplainedByTable3()
        => Assert.Equal(
            "PD: nothing qualifies (SD needs day >= 42) and disease on 2024-02-05 after a CR is progression (E09 Table 3)",
            BestResponse.Derive(Baseline, Calls("28:CR", "35:SD"), true).Explanation);

    [Fact]
    public void Derive_CrThenCrThenEarlyPr_SecondCrStillAfterCr()
        => Assert.Equal(Response.ProgressiveDisease, BestResponse.Derive(Baseline, Calls("14:CR", "21:CR", "35:PR"), true).Response);
}
