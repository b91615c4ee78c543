using System.Collections.Generic;
using System.Linq;
using NodaTime;
using ResponseCriteria.Endpoints.Statistics;
using ResponseCriteria.Responses;
using Xunit;

namespace ResponseCriteria.Endpoints.Tests;

public sealed class StudySummaryTest
{
    private static readonly LocalDate Start = new(2024, 1, 1);

    /// <summary>Four randomised subjects in two arms (one without measurable disease) and a screen failure.</summary>
    private static StudyEndpoints Study()
    {
        var table = new SubjectTable(
        [
            new StudySubject("A1") { Arm = "A", ReferenceDate = Start, LastAliveDate = Start.PlusDays(200) },
            new StudySubject("A2") { Arm = "A", ReferenceDate = Start, LastAliveDate = Start.PlusDays(200) },
            new StudySubject("B1") { Arm = "B", ReferenceDate = Start, LastAliveDate = Start.PlusDays(200) },
            new StudySubject("B2") { Arm = "B", ReferenceDate = Start, DeathDate = Start.PlusDays(90) },
            new StudySubject("X1") { Arm = "A" },
        ]);
        var calls = new Dictionary<string, IReadOnlyList<AssessmentCall>>
        {
            ["A1"] = [new(Start.PlusDays(56), "PR"), new(Start.PlusDays(112), "PR")],
            ["A2"] = [new(Start.PlusDays(56), "SD"), new(Start.PlusDays(112), "PD")],
            ["B1"] = [new(Start.PlusDays(56), "PR"), new(Start.PlusDays(84), "SD")],
            ["B2"] = [new(Start.PlusDays(28), "SD")],
        };
        return StudyEndpoints.Derive(table, calls, Criteria.Recist11, new Dictionary<string, bool> { ["A1"] = true, ["A2"] = true, ["B1"] = true });
    }

    [Fact]
    public void Of_Study_AllSubjectsThenEachArmOverRandomised()
    {
        var s = StudySummary.Of(Study());

        Assert.Equal([StudySummary.AllSubjects, "A", "B"], s.Arms.Select(a => a.Arm));
        Assert.Equal([4, 2, 2], s.Arms.Select(a => a.Subjects));
        Assert.Equal([(2, 4), (1, 2), (1, 2)], s.Arms.Select(a => (a.ObjectiveResponse.Count, a.ObjectiveResponse.Total)));
        Assert.Equal([1, 1, 0], s.Arms.Select(a => a.ConfirmedObjectiveResponse.Count));
        Assert.Equal([3, 2, 1], s.Arms.Select(a => a.DiseaseControl.Count));
    }

    [Fact]
    public void Of_MeasurablePopulation_OnlyMeasurableDisease()
    {
        var s = StudySummary.Of(Study(), new SummaryOptions { Population = ResponsePopulation.MeasurableDisease });

        Assert.Equal([3, 2, 1], s.Arms.Select(a => a.Subjects));
    }

    [Fact]
    public void Of_TwoArms_LogRankPerParameterAndSurvivalPerArm()
    {
        var s = StudySummary.Of(Study(), new SummaryOptions { Level = 0.9, RateInterval = ProportionInterval.Wilson, AtRiskEveryDays = 28 });

        Assert.Equal(["OS", "PFS", "RSD", "TTR"], s.Comparisons.Select(c => c.ParamCd));
        var pfs = s.Arms[0].Survival.Single(x => x.ParamCd == "PFS");
        Assert.Equal((4, 2), (pfs.Curve.Subjects, pfs.Curve.Events));
        Assert.Equal(0.9, pfs.Curve.Level);
        Assert.Equal([0.0, 28, 56, 84, 112], pfs.AtRisk.Select(a => a.Time));
        Assert.Equal(ProportionInterval.Wilson, s.Arms[0].ObjectiveResponse.Method);
    }

    [Fact]
    public void Of_NoArms_OnlyAllSubjectsAndNoLogRank()
    {
        var table = new SubjectTable([new StudySubject("S1") { ReferenceDate = Start, LastAliveDate = Start.PlusDays(10) }]);

        var s = StudySummary.Of(StudyEndpoints.Derive(table, new Dictionary<string, IReadOnlyList<AssessmentCall>>(), Criteria.Recist11));

        Assert.Equal([StudySummary.AllSubjects], s.Arms.Select(a => a.Arm));
        Assert.Empty(s.Comparisons);
    }

    [Fact]
    public void Of_SomeSubjectsWithoutArm_TheirOwnRow()
    {
        var table = new SubjectTable([new StudySubject("S1") { Arm = "A", ReferenceDate = Start }, new StudySubject("S2") { ReferenceDate = Start }]);

        var s = StudySummary.Of(StudyEndpoints.Derive(table, new Dictionary<string, IReadOnlyList<AssessmentCall>>(), Criteria.Recist11));

        Assert.Equal([StudySummary.AllSubjects, StudySummary.NoArm, "A"], s.Arms.Select(a => a.Arm));
    }
}
