using System.Linq;
using ResponseCriteria.IRecist;
using ResponseCriteria.Lesions;
using ResponseCriteria.Recist11;
using ResponseCriteria.Responses;
using Xunit;

namespace ResponseCriteria.Tests.IRecist;

/// <summary>iRECIST runs the RECIST 1.1 rule pass: its options and diagnostics hold under iRECIST too.</summary>
public sealed partial class IRecistEvaluatorTest
{
    private static IRecistOptions With(Recist11Options recist) => new() { Recist11 = recist };

    [Theory]
    [InlineData(ProgressionReference.Nadir, "iUPD")] // 30 -> 36: exactly +20% and +6 mm over the nadir
    [InlineData(ProgressionReference.Baseline, "iSD")] // 36 is -28% from the baseline 50: neither PR nor PD
    public void Evaluate_ProgressionReferenceOption_FollowedUnderIRecist(ProgressionReference reference, string expected)
    {
        var builder = OneTarget(("2024-02-26", "30"), ("2024-04-22", "36"));
        var options = new Recist11Options { ProgressionReference = reference };
        var result = Eval(builder, With(options));
        Assert.Equal(expected, Codes(result)[1]);
        var recist = new Recist11Evaluator(options).Evaluate(builder.Build());
        Assert.Equal(ResponseCodes.IsProgression(recist.TimePoints[1].Response), ResponseCodes.IsProgression(result.TimePoints[1].Response));
    }

    [Fact]
    public void Evaluate_ReappearanceAfterCompleteResponse_WarnsAsUnderRecist11()
    {
        var result = Eval(OneTarget(("2024-02-26", "0"), ("2024-04-22", "0"), ("2024-06-17", "4")));
        Assert.Equal("iUPD", Codes(result)[2]);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodesUnderTest.Reappearance && d.Date == SeriesBuilder.D("2024-06-17"));
    }

    [Fact]
    public void Evaluate_NewNodeOfNormalSize_ReportedAndNotCounted()
    {
        var result = Eval(OneTarget(("2024-02-26", "30")).New("N1", "9", node: true));
        Assert.Equal(["iPR"], Codes(result));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodesUnderTest.NormalNode && d.LesionId == "N1");
    }

    [Theory]
    [InlineData(false, DiagnosticCodesUnderTest.EquivocalConfirmed)] // confirmed at the next scan
    [InlineData(true, DiagnosticCodesUnderTest.EquivocalPending)] // the last scan still lists it equivocal
    public void Evaluate_EquivocalNewLesion_SameDiagnosticsAsRecist11(bool stillEquivocal, string code)
    {
        var builder = OneTarget(("2024-02-26", "40")).New("NL1", "12", equivocal: true).At("2024-04-22", "40").New("NL1", "14", equivocal: stillEquivocal);
        var result = Eval(builder);
        var recist = new Recist11Evaluator().Evaluate(builder.Build());
        Assert.Contains(result.Diagnostics, d => d.Code == code && d.LesionId == "NL1");
        Assert.Equal(
            recist.Diagnostics.Where(d => d.Code == code).Select(d => d.Message),
            result.Diagnostics.Where(d => d.Code == code).Select(d => d.Message));
    }

    [Theory]
    [InlineData("61.9", "iUPD")] // +1.9 mm over the iUPD sum with a 2 mm minimum: not confirmed
    [InlineData("62", "iCPD")] // +2 mm: confirmed
    public void Evaluate_MinimumIncreaseOption_AlsoGovernsConfirmation(string size, string expected)
    {
        var options = With(new Recist11Options { ProgressionMinimumIncreaseMillimetres = 2m });
        var result = Eval(OneTarget(("2024-02-26", "60"), ("2024-04-08", size)), options);
        Assert.Equal(["iUPD", expected], Codes(result));
        if (expected == "iCPD")
        {
            Assert.Contains("(needs >= +2 mm)", result.TimePoints[1].Explanation);
        }
    }

    [Fact]
    public void Explanation_MinimumIncreaseOption_QuotedInTheTargetPhrase()
    {
        var options = new Recist11Options { ProgressionMinimumIncreaseMillimetres = 2m };
        var result = new Recist11Evaluator(options).Evaluate(OneTarget(("2024-02-26", "60")).Build());
        Assert.Contains("(PD needs >= +20% and >= +2 mm)", result.TimePoints[0].Explanation);
        var irecist = Eval(OneTarget(("2024-02-26", "60")), With(options));
        Assert.Contains("(PD needs >= +20% and >= +2 mm)", irecist.TimePoints[0].Explanation);
    }

    /// <summary>The diagnostic codes these tests expect, spelled out so a renumbering is seen here.</summary>
    private static class DiagnosticCodesUnderTest
    {
        internal const string Reappearance = "RC0301";
        internal const string NormalNode = "RC0205";
        internal const string EquivocalConfirmed = "RC0303";
        internal const string EquivocalPending = "RC0304";
    }
}
