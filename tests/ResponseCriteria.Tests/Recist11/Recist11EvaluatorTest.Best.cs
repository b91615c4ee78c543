using ResponseCriteria.Lesions;
using ResponseCriteria.Recist11;
using ResponseCriteria.Responses;
using Xunit;

namespace ResponseCriteria.Tests.Recist11;

public sealed partial class Recist11EvaluatorTest
{
    [Theory]
    [InlineData("2024-02-11", "PD")] // SD on day 41 then PD
    [InlineData("2024-02-12", "SD")] // SD on day 42 then PD
    public void Evaluate_SdAroundMinimumThenPd_BestDependsOnDay(string sdDate, string expected)
    {
        var result = Eval(new SeriesBuilder().Target("T1").At("2024-01-01", "50").At(sdDate, "48").At("2024-03-25", "60"));
        Assert.Equal(expected, Code(result.BestOverallResponse.Response));
    }

    /// <summary>
    /// With a reference date (treatment start) 10 days after the baseline scan, the SD minimum counts from it: SD 45 days after the
    /// scan is only day 35 of treatment.
    /// </summary>
    [Theory]
    [InlineData("2024-02-20", "PD", "iUPD")] // day 41 from the reference date
    [InlineData("2024-02-21", "SD", "iSD")] // day 42
    public void Evaluate_ReferenceDateAfterBaseline_SdMinimumCountsFromIt(string sdDate, string expected, string immune)
    {
        var series = new SeriesBuilder().Target("T1").At("2024-01-01", "50").At(sdDate, "48").At("2024-04-25", "60").Build().WithReferenceDate(SeriesBuilder.D("2024-01-10"));

        Assert.Equal(expected, Code(new Recist11Evaluator().Evaluate(series).BestOverallResponse.Response));
        Assert.Equal(immune, ResponseCodes.ToCode(new ResponseCriteria.IRecist.IRecistEvaluator().Evaluate(series).BestOverallResponse.Response, Criteria.IRecist));
    }

    [Fact]
    public void Evaluate_SdTooEarlyThenNothingEvaluable_Ne()
    {
        var result = Eval(new SeriesBuilder().Target("T1").At("2024-01-01", "50").At("2024-02-01", "48").At("2024-03-25", "NE"));
        Assert.Equal(Response.NotEvaluable, result.BestOverallResponse.Response);
    }

    [Theory]
    [InlineData("2024-03-24", "SD")] // 27 days: not confirmed
    [InlineData("2024-03-25", "PR")] // 28 days: confirmed
    public void Evaluate_ConfirmationAroundTwentyEightDays_ConfirmedOnlyFromDay28(string secondDate, string expected)
    {
        var result = Eval(new SeriesBuilder().Target("T1").At("2024-01-01", "100").At("2024-02-26", "65").At(secondDate, "60"), new Recist11Options { Confirmation = true });
        Assert.Equal(expected, Code(result.BestOverallResponse.Response));
        Assert.Equal(Response.PartialResponse, result.UnconfirmedBestOverallResponse.Response);
    }

    [Theory]
    [InlineData(64)] // the calls kept on the stack
    [InlineData(65)] // one more: an array
    [InlineData(200)]
    public void Evaluate_ManyTimePoints_ConfirmedResponseAtTheEnd(int followUps)
    {
        // Stable disease every 4 weeks, then a PR confirmed 28 days later by the last two scans.
        var builder = new SeriesBuilder().Target("T1").At("2020-01-01", "100");
        var date = SeriesBuilder.D("2020-01-01");
        for (var i = 1; i <= followUps; i++)
        {
            date = date.PlusDays(28);
            builder = builder.At(date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture), i > followUps - 2 ? "60" : "95");
        }

        var result = Eval(builder, new Recist11Options { Confirmation = true });

        Assert.Equal(followUps, result.TimePoints.Count);
        Assert.Equal(Response.PartialResponse, result.BestOverallResponse.Response);
        Assert.Equal(date, result.BestOverallResponse.ConfirmationDate);
        Assert.Equal(Response.PartialResponse, new ResponseCriteria.IRecist.IRecistEvaluator(new ResponseCriteria.IRecist.IRecistOptions { Recist11 = new Recist11Options { Confirmation = true } }).Evaluate(builder.Build()).BestOverallResponse.Response);
    }

    [Fact]
    public void Evaluate_ConfirmedPr_ReportsBothDates()
    {
        var result = Eval(new SeriesBuilder().Target("T1").At("2024-01-01", "100").At("2024-02-26", "65").At("2024-03-25", "60"), new Recist11Options { Confirmation = true });
        Assert.Equal(SeriesBuilder.D("2024-02-26"), result.BestOverallResponse.Date);
        Assert.Equal(SeriesBuilder.D("2024-03-25"), result.BestOverallResponse.ConfirmationDate);
        Assert.True(result.ConfirmationRequired);
    }

    [Fact]
    public void Evaluate_ConfirmationMinimumOption_Respected()
    {
        var options = new Recist11Options { Confirmation = true, MinimumConfirmationDays = 35 };
        var result = Eval(new SeriesBuilder().Target("T1").At("2024-01-01", "100").At("2024-02-26", "65").At("2024-03-25", "60"), options);
        Assert.Equal(Response.StableDisease, result.BestOverallResponse.Response);
    }

    [Fact]
    public void Evaluate_StableDiseaseMinimumOption_Respected()
    {
        var options = new Recist11Options { MinimumStableDiseaseDays = 56 };
        var result = Eval(new SeriesBuilder().Target("T1").At("2024-01-01", "50").At("2024-02-12", "48").At("2024-03-25", "60"), options);
        Assert.Equal(Response.ProgressiveDisease, result.BestOverallResponse.Response);
    }

    [Theory]
    [InlineData("80", "PR", "SD")] // a continued PR (-20%) does not meet PR: it cannot confirm (criteria Q1)
    [InlineData("70", "PR", "PR")] // -30%: a PR in its own right confirms
    public void Evaluate_ContinuedResponseWithConfirmation_ConfirmingScanMustMeetPr(string second, string timePoint, string expected)
    {
        var options = new Recist11Options { Confirmation = true, ContinuedResponse = true };
        var result = Eval(new SeriesBuilder().Target("T1").At("2024-01-01", "100").At("2024-02-26", "69").At("2024-04-22", second), options);
        Assert.Equal(["PR", timePoint], Codes(result));
        Assert.Equal(expected, Code(result.BestOverallResponse.Response));
    }

    [Theory]
    [InlineData(false, "NonCR/NonPD")] // non-target-only disease: an unconfirmed CR is Non-CR/Non-PD, never SD (criteria Q15)
    [InlineData(true, "SD")]
    public void Evaluate_UnconfirmedCompleteResponse_NonTargetOnlyIsNonCrNonPd(bool withTarget, string expected)
    {
        var builder = new SeriesBuilder().NonTarget("NT1");
        if (withTarget)
        {
            builder.Target("T1");
        }

        builder.At("2024-01-01", "20").At("2024-02-26", "0").NonTargets(NonTargetStatus.Absent).At("2024-03-11", "0").NonTargets(NonTargetStatus.Absent);
        var result = Eval(builder, new Recist11Options { Confirmation = true });
        Assert.Equal(["CR", "CR"], Codes(result));
        Assert.Equal(expected, Code(result.BestOverallResponse.Response));
    }
}
