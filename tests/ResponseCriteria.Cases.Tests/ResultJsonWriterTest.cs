using System.Text.Json;
using ResponseCriteria.Recist11;
using ResponseCriteria.Tests;
using Xunit;

namespace ResponseCriteria.Cases.Tests;

public sealed class ResultJsonWriterTest
{
    [Fact]
    public void Write_Result_CarriesCallsFiguresAndExplanations()
    {
        var result = new Recist11Evaluator().Evaluate(new SeriesBuilder().Target("T1").At("2024-01-01", "40").At("2024-02-26", "25").At("2024-04-22", "30").Build("p1"));
        using var doc = JsonDocument.Parse(ResultJsonWriter.Write([result]));
        var r = doc.RootElement[0];
        Assert.Equal("p1", r.GetProperty("id").GetString());
        var tp = r.GetProperty("timepoints")[1];
        Assert.Equal("PD", tp.GetProperty("response").GetString());
        Assert.Equal("Target", tp.GetProperty("progressionReasons")[0].GetString());
        Assert.Equal(30m, tp.GetProperty("target").GetProperty("sum").GetDecimal());
        Assert.Equal(25m, tp.GetProperty("target").GetProperty("nadir").GetDecimal());
        Assert.Equal(20m, tp.GetProperty("target").GetProperty("changeFromNadirPercent").GetDecimal());
        Assert.StartsWith("PD (target)", tp.GetProperty("explanation").GetString());
        Assert.Equal("PR", r.GetProperty("bestOverallResponse").GetProperty("response").GetString());
        Assert.Equal("2024-04-22", r.GetProperty("progressionDate").GetString());
    }

    [Fact]
    public void Write_IRecistSeedCase_CarriesStepsDatesAndPatterns()
    {
        var c = CaseReader.ReadFile(System.IO.Path.Combine(Repository.Root, "docs", "examples", "seed-case.json"));
        using var doc = JsonDocument.Parse(ResultJsonWriter.Write([CaseEvaluator.Evaluate(c)]));
        var r = doc.RootElement[0];
        Assert.Equal("iRECIST", r.GetProperty("criteria").GetString());
        var iupd = r.GetProperty("timepoints")[1];
        Assert.Equal("iUPD", iupd.GetProperty("response").GetString());
        Assert.Equal("UnconfirmedProgression", iupd.GetProperty("iRecist").GetProperty("transition").GetString());
        Assert.Equal("NL1", iupd.GetProperty("iRecist").GetProperty("newLesionTargets")[0].GetString());
        Assert.Equal("NewLesion", r.GetProperty("timepoints")[2].GetProperty("iRecist").GetProperty("confirmedBy")[0].GetString());
        Assert.Equal("2022-05-13", r.GetProperty("progressionDate").GetString());
        Assert.Equal("2022-08-24", r.GetProperty("progressionConfirmationDate").GetString());
        Assert.Equal("dissociatedResponse", r.GetProperty("patterns").GetProperty("found")[1].GetString());
    }
}
