using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ResponseCriteria.Confirmation;
using ResponseCriteria.IRecist;
using ResponseCriteria.Recist11;
using ResponseCriteria.Results;
using Xunit;

namespace ResponseCriteria.Tests.Confirmation;

/// <summary>The progression and first-response dates of a call sequence, shared by the evaluators and the recorded-calls path.</summary>
public sealed partial class BestResponseTest
{
    [Theory]
    [InlineData(null, "56:SD", "112:PR")]
    [InlineData(112, "56:SD", "112:PD", "168:PD")] // the first PD
    [InlineData(56, "56:iUPD", "112:iCPD")] // iCPD: dated to the iUPD it confirms
    [InlineData(56, "56:iUPD", "84:NE", "112:iUPD", "140:iCPD")] // NE keeps the run open
    [InlineData(112, "56:iUPD", "84:iSD", "112:iUPD", "140:iCPD")] // a reset starts a new run
    [InlineData(140, "56:iSD", "140:iCPD")] // no iUPD before: the iCPD itself
    [InlineData(null, "56:iUPD", "112:iUPD")] // never confirmed: no event
    public void ProgressionDate_Calls_FirstEvent(int? day, params string[] calls)
        => Assert.Equal(day is null ? null : Baseline.PlusDays(day.Value), BestResponse.ProgressionDate(Calls(calls)));

    [Theory]
    [InlineData(null, "56:SD", "112:SD")]
    [InlineData(112, "56:SD", "112:PR", "168:CR")]
    [InlineData(56, "56:CR", "112:PR")]
    [InlineData(null, "56:PD", "112:PR")] // nothing after progression counts
    [InlineData(null, "56:iUPD", "84:iCPD", "112:iPR")]
    [InlineData(84, "56:iUPD", "84:iPR")] // after a reset the response counts
    public void FirstResponseDate_Calls_FirstResponseBeforeProgression(int? day, params string[] calls)
        => Assert.Equal(day is null ? null : Baseline.PlusDays(day.Value), BestResponse.FirstResponseDate(Calls(calls)));

    [Theory]
    [InlineData(null, "56:PR", "84:SD")]
    [InlineData(null, "56:PR", "83:PR")] // 27 days: too early to confirm
    [InlineData(56, "56:PR", "84:PR")] // 28 days
    [InlineData(56, "56:PR", "112:PR", "168:CR", "224:CR")] // a confirmed PR before a confirmed CR: the PR's date
    [InlineData(112, "56:PR", "84:SD", "112:CR", "168:CR")]
    [InlineData(null, "56:PR", "84:PD", "112:PR")] // nothing after progression counts
    public void FirstConfirmedResponseDate_Calls_EarliestConfirmedResponse(int? day, params string[] calls)
        => Assert.Equal(day is null ? null : Baseline.PlusDays(day.Value), BestResponse.FirstConfirmedResponseDate(Calls(calls)));

    [Property(MaxTest = 300)]
    public Property FirstConfirmedResponseDate_OfEvaluatedCalls_ExistsExactlyWhenConfirmedBestResponseIsAResponse()
        => Prop.ForAll(SeriesGenerators.Plausible().ToArbitrary(), series =>
        {
            var result = new Recist11Evaluator().Evaluate(series);
            var calls = new ResponseCall[result.TimePoints.Count];
            BestResponse.CallsOf(result.BaselineDate, result.TimePoints.ToArray(), calls);
            var first = BestResponse.FirstConfirmedResponseDate(calls);
            var responder = result.ConfirmedBestOverallResponse.Response is ResponseCriteria.Responses.Response.CompleteResponse or ResponseCriteria.Responses.Response.PartialResponse;
            return (first is not null) == responder && (first is null || (first <= result.ConfirmedBestOverallResponse.Date && first >= BestResponse.FirstResponseDate(calls)));
        });

    [Property(MaxTest = 300)]
    public Property ProgressionDate_OfEvaluatedCalls_IsTheEvaluatorsProgressionDate()
        => Prop.ForAll(SeriesGenerators.Plausible().ToArbitrary(), series =>
        {
            EvaluationResult[] results = [new Recist11Evaluator().Evaluate(series), new IRecistEvaluator().Evaluate(series)];
            return results.All(r => BestResponse.ProgressionDate(r.TimePoints.Select(tp => new ResponseCall(tp.Date, tp.Response)).ToArray()) == r.ProgressionDate);
        });
}
