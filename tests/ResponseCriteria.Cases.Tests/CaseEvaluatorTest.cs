using ResponseCriteria.Responses;
using ResponseCriteria.Tests;
using Xunit;

namespace ResponseCriteria.Cases.Tests;

public sealed class CaseEvaluatorTest
{
    [Fact]
    public void ToRecist11Options_CaseOptions_OverDefaults()
    {
        var o = CaseEvaluator.ToRecist11Options(new CaseOptions { Confirmation = true, MinimumStableDiseaseDays = 56 });
        Assert.True(o.Confirmation);
        Assert.Equal(56, o.MinimumStableDiseaseDays);
        Assert.Equal(28, o.MinimumConfirmationDays);
    }

    [Fact]
    public void Evaluate_OtherCriteriaRequested_UsesThem()
    {
        var c = new CaseFile("c", Criteria.IRecist, new SeriesBuilder().Target("T1").At("2024-01-01", "40").At("2024-02-26", "20").Build());
        var result = CaseEvaluator.Evaluate(c, Criteria.Recist11);
        Assert.Equal(Criteria.Recist11, result.Criteria);
        Assert.Equal(Response.PartialResponse, result.TimePoints[0].Response);
        Assert.Equal(Criteria.IRecist, CaseEvaluator.Evaluate(c).Criteria);
    }

    [Fact]
    public void ToIRecistOptions_WindowFromCase()
    {
        var o = CaseEvaluator.ToIRecistOptions(new CaseOptions { IUpdConfirmationMaxDays = 112, Confirmation = true });
        Assert.Equal(112, o.IUpdConfirmationMaximumDays);
        Assert.Equal(28, o.IUpdConfirmationMinimumDays);
        Assert.True(o.Recist11.Confirmation);
    }

    [Fact]
    public void Evaluate_SeedCaseWithDefaultWindow_StillConfirmsWithLateWarning()
    {
        var json = System.IO.File.ReadAllText(System.IO.Path.Combine(Repository.Root, "docs", "examples", "seed-case.json"));
        var c = CaseReader.Parse(json, "seed-case.json");
        Assert.Equal(112, c.Options.IUpdConfirmationMaxDays);
        var withDefaults = new CaseFile(c.Id, c.Criteria, c.Series, c.Title, CaseOptions.None, c.Expected);
        var result = CaseEvaluator.Evaluate(withDefaults);
        Assert.True(CaseChecker.Check(withDefaults, result).Passed);
        var late = Assert.Single(result.Diagnostics, d => d.Code == "RC0305");
        Assert.Equal(SeriesBuilder.D("2022-08-24"), late.Date);
        Assert.DoesNotContain(CaseEvaluator.Evaluate(c).Diagnostics, d => d.Code == "RC0305");
    }
}
