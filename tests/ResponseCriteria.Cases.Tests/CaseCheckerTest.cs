using System.Linq;
using ResponseCriteria.Responses;
using ResponseCriteria.Tests;
using Xunit;

namespace ResponseCriteria.Cases.Tests;

public sealed class CaseCheckerTest
{
    private static CaseFile Case(ExpectedCalls expected, Criteria criteria = Criteria.Recist11)
        => new("c1", criteria, new SeriesBuilder().Target("T1").At("2024-01-01", "40").At("2024-02-26", "25").At("2024-04-22", "30").Build("c1"), expected: expected);

    private static CaseCheck Check(CaseFile c) => CaseChecker.Check(c, CaseEvaluator.Evaluate(c));

    [Fact]
    public void Check_AllMatching_Passes()
    {
        var check = Check(Case(new ExpectedCalls(["PR", "PD"], "PR", true, SeriesBuilder.D("2024-04-22"), null)));
        Assert.True(check.Passed);
        Assert.Empty(check.Mismatches);
    }

    [Fact]
    public void Check_WrongTimePoint_ReportsDateExpectedActualAndExplanation()
    {
        var check = Check(Case(new ExpectedCalls(["PR", "SD"], null, false, null, null)));
        var m = Assert.Single(check.Mismatches);
        Assert.Equal("timepoints[1]", m.Field);
        Assert.Equal(SeriesBuilder.D("2024-04-22"), m.Date);
        Assert.Equal("SD", m.Expected);
        Assert.Equal("PD", m.Actual);
        Assert.Contains("+20.0%", m.Explanation);
    }

    [Fact]
    public void Check_WrongBestAndDate_BothReported()
    {
        var check = Check(Case(new ExpectedCalls(null, "SD", true, null, null)));
        Assert.Equal(["bestOverallResponse", "progressionDate"], check.Mismatches.Select(m => m.Field));
        Assert.Equal("2024-04-22", check.Mismatches[1].Actual);
    }

    [Fact]
    public void Check_FewerExpectedTimePoints_ExtraReportedAsNone()
    {
        var check = Check(Case(new ExpectedCalls(["PR"], null, false, null, null)));
        Assert.Equal("(none)", Assert.Single(check.Mismatches).Expected);
    }

    [Fact]
    public void Check_ExpectedPatternsNotProduced_Fails()
    {
        var check = Check(Case(new ExpectedCalls(null, null, false, null, ["dissociatedResponse"])));
        var m = Assert.Single(check.Mismatches);
        Assert.Equal("patterns", m.Field);
        Assert.Equal("(none)", m.Actual);
    }

    [Fact]
    public void Check_NoExpectedBlock_Passes()
        => Assert.True(Check(new CaseFile("c", Criteria.Recist11, new SeriesBuilder().Target("T1").At("2024-01-01", "40").Build())).Passed);

    [Fact]
    public void Check_ResultUnderOtherCriteria_Throws()
    {
        var c = Case(new ExpectedCalls(["PR", "PD"], null, false, null, null));
        Assert.Throws<System.ArgumentException>(() => CaseChecker.Check(c, CaseEvaluator.Evaluate(c, Criteria.IRecist)));
    }
}
