using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using ResponseCriteria.Diagnostics;
using ResponseCriteria.Responses;
using ResponseCriteria.Sdtm;
using Xunit;

namespace ResponseCriteria.Endpoints.Tests;

public sealed class StudyEndpointsTest
{
    private static readonly LocalDate Start = new(2024, 1, 1);

    [Fact]
    public void Derive_CallsOfUnknownSubject_ErrorIssueNotAnalysed()
    {
        var table = new SubjectTable([new StudySubject("S1") { ReferenceDate = Start }]);
        var calls = new Dictionary<string, IReadOnlyList<AssessmentCall>> { ["S9"] = [new AssessmentCall(Start.PlusDays(56), "PR")] };

        var e = StudyEndpoints.Derive(table, calls, Criteria.Recist11);

        var issue = Assert.Single(e.Issues);
        Assert.Equal((DiagnosticSeverity.Error, "S9"), (issue.Severity, issue.Usubjid));
        Assert.Contains("1 assessments of a subject the subject table (ADSL/DM) does not list", issue.Message, StringComparison.Ordinal);
        Assert.Equal(["S1"], e.Responses.Select(r => r.Subject.Usubjid));
    }

    [Fact]
    public void Derive_MeasurableDiseaseGiven_SubjectMissingFromItIsNo()
    {
        var table = new SubjectTable([new StudySubject("S1") { ReferenceDate = Start }, new StudySubject("S2") { ReferenceDate = Start }]);

        var e = StudyEndpoints.Derive(table, new Dictionary<string, IReadOnlyList<AssessmentCall>>(), Criteria.Recist11, new Dictionary<string, bool> { ["S1"] = true });

        Assert.Equal([true, false], e.Responses.Select(r => r.MeasurableDisease));
        Assert.Equal([null, null], StudyEndpoints.Derive(table, new Dictionary<string, IReadOnlyList<AssessmentCall>>(), Criteria.Recist11).Responses.Select(r => r.MeasurableDisease));
    }

    [Fact]
    public void MeasurableDisease_TargetsByEvaluator_OnlyThatEvaluatorsTargets()
    {
        var tu = Csv("USUBJID,TUSTRESC,TUEVAL,TUEVALID\nS1,TARGET,INVESTIGATOR,\nS2,NON-TARGET,INVESTIGATOR,\nS2,TARGET,INDEPENDENT ASSESSOR,RADIOLOGIST 1\nS3,target,INVESTIGATOR,\n");

        Assert.Equal(new Dictionary<string, bool> { ["S1"] = true, ["S2"] = false, ["S3"] = true }, StudyEndpoints.MeasurableDisease(tu, "INVESTIGATOR"));
        Assert.Equal(new Dictionary<string, bool> { ["S1"] = false, ["S2"] = true, ["S3"] = false }, StudyEndpoints.MeasurableDisease(tu, "RADIOLOGIST 1"));
        Assert.True(StudyEndpoints.MeasurableDisease(tu, null)["S2"]);
    }

    [Fact]
    public void MeasurableDisease_NoTustresc_ThrowsNamingIt()
        => Assert.Contains("TUSTRESC", Assert.Throws<SdtmFormatException>(() => StudyEndpoints.MeasurableDisease(Csv("USUBJID\nS1\n"), null)).Message, StringComparison.Ordinal);

    [Fact]
    public void CallsOf_RecordedByTwoEvaluatorsNoneChosen_Throws()
    {
        var rs = RecordedResponses.Read(SdtmTableReader.Read(Cases.Tests.Repository.Pharmaverse("rs_onco_recist.csv")), Criteria.Recist11);

        Assert.Contains("more than one evaluator", Assert.Throws<ArgumentException>(() => StudyEndpoints.CallsOf(rs, null)).Message, StringComparison.Ordinal);
        var calls = StudyEndpoints.CallsOf(rs, "investigator");
        Assert.Equal(8, calls.Count);
        Assert.All(calls.Values, c => Assert.All(c, call => Assert.NotNull(call.Response)));
    }

    [Fact]
    public void CallsOf_DerivedEvaluation_OneCallPerTimePointWithItsVisit()
    {
        var study = SdtmStudyReader.Read(SdtmTableReader.Read(Cases.Tests.Repository.Pharmaverse("tu_onco_recist.csv")), SdtmTableReader.Read(Cases.Tests.Repository.Pharmaverse("tr_onco_recist.csv")));
        var evaluation = StudyEvaluation.Evaluate(study, null, Criteria.Recist11);

        var calls = StudyEndpoints.CallsOf(evaluation, "INVESTIGATOR");

        var subject = evaluation.Subjects.First(s => s.Subject.Evaluator == "INVESTIGATOR");
        Assert.Equal(subject.Result.TimePoints.Select(t => t.Date), calls[subject.Subject.Usubjid].Select(c => c.Date));
        Assert.Equal(subject.Subject.FollowUps.Select(v => v.Visit), calls[subject.Subject.Usubjid].Select(c => c.Visit));
        Assert.Throws<ArgumentException>(() => StudyEndpoints.CallsOf(evaluation, null));
    }

    private static SdtmTable Csv(string text) => SdtmTableReader.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(text)), "tu.csv");
}
