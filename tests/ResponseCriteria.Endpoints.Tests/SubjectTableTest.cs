using System;
using System.IO;
using System.Text;
using NodaTime;
using ResponseCriteria.Diagnostics;
using ResponseCriteria.Sdtm;
using Xunit;

namespace ResponseCriteria.Endpoints.Tests;

public sealed class SubjectTableTest
{
    [Fact]
    public void ReadAdsl_Variables_MappedToSubject()
    {
        var t = SubjectTable.ReadAdsl(Csv("STUDYID,USUBJID,ARM,RANDDT,TRTSDT,DTHDT,LSTALVDT\nST,S1,Placebo,2024-01-02,2024-01-05,2024-06-01,2024-06-01\n"));
        var s = t.Find("S1")!;

        Assert.Equal(("ST", "Placebo", new LocalDate(2024, 1, 2), new LocalDate(2024, 1, 5), new LocalDate(2024, 6, 1), new LocalDate(2024, 6, 1)),
            (s.StudyId, s.Arm, s.ReferenceDate!.Value, s.TreatmentStartDate!.Value, s.DeathDate!.Value, s.LastAliveDate!.Value));
        Assert.Empty(t.Issues);
    }

    [Fact]
    public void ReadAdsl_TreatmentStartReference_UsesTrtsdt()
        => Assert.Equal(new LocalDate(2024, 1, 5), SubjectTable.ReadAdsl(Csv("USUBJID,RANDDT,TRTSDT\nS1,2024-01-02,2024-01-05\n"), ReferenceDateVariable.TreatmentStart).Find("S1")!.ReferenceDate);

    [Fact]
    public void ReadAdsl_NoRanddtColumn_FallsBackToTrtsdt()
        => Assert.Equal(new LocalDate(2024, 1, 5), SubjectTable.ReadAdsl(Csv("USUBJID,TRTSDT\nS1,2024-01-05\n")).Find("S1")!.ReferenceDate);

    [Fact]
    public void ReadAdsl_NeitherDate_ThrowsNamingFile()
    {
        var e = Assert.Throws<SdtmFormatException>(() => SubjectTable.ReadAdsl(Csv("USUBJID,ARM\nS1,A\n")));

        Assert.Contains("adsl.csv", e.Message, StringComparison.Ordinal);
        Assert.Contains("RANDDT or TRTSDT", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadAdsl_SubjectTwice_ThrowsNamingSubject()
        => Assert.Contains("USUBJID S1", Assert.Throws<SdtmFormatException>(() => SubjectTable.ReadAdsl(Csv("USUBJID,RANDDT\nS1,2024-01-01\nS1,2024-01-02\n"))).Message, StringComparison.Ordinal);

    [Fact]
    public void ReadAdsl_BadDate_LeftUnknownWithErrorIssue()
    {
        var t = SubjectTable.ReadAdsl(Csv("USUBJID,RANDDT\nS1,02/01/2024\n"));
        var issue = Assert.Single(t.Issues);

        Assert.Null(t.Find("S1")!.ReferenceDate);
        Assert.Equal((DiagnosticSeverity.Error, 1, "RANDDT"), (issue.Severity, issue.Row, issue.Variable));
        Assert.Contains("'02/01/2024'", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDm_Variables_ReferenceFromRfstdtcPartialImputed()
    {
        var t = SubjectTable.ReadDm(Csv("USUBJID,ARM,RFSTDTC,RFXSTDTC,DTHDTC,RFPENDTC\nS1,A,2024-01-02,2024-01-03,2024-05,2024-05-31T10:00\n"));
        var s = t.Find("S1")!;

        Assert.Equal((new LocalDate(2024, 1, 2), new LocalDate(2024, 1, 3), new LocalDate(2024, 5, 31), new LocalDate(2024, 5, 31)), (s.ReferenceDate!.Value, s.TreatmentStartDate!.Value, s.DeathDate!.Value, s.LastAliveDate!.Value));
        Assert.Equal(DiagnosticSeverity.Info, Assert.Single(t.Issues).Severity);
    }

    [Fact]
    public void ReadDm_PharmaverseDm_EverySubjectWithRandomisedOnesDated()
    {
        var t = SubjectTable.ReadDm(SdtmTableReader.Read(Cases.Tests.Repository.Pharmaverse("dm.csv")));

        Assert.Equal(306, t.Subjects.Count);
        Assert.Equal(254, System.Linq.Enumerable.Count(t.Subjects, s => s.ReferenceDate is not null));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(-1, -1)]
    public void StudyDay_AroundFirstDose_NoDayZero(int offset, int day)
    {
        var s = new StudySubject("S1") { TreatmentStartDate = new LocalDate(2024, 1, 10), ReferenceDate = new LocalDate(2024, 1, 1) };

        Assert.Equal(day, s.StudyDay(new LocalDate(2024, 1, 10).PlusDays(offset)));
    }

    [Fact]
    public void Constructor_DuplicateSubjects_Throws()
        => Assert.Throws<ArgumentException>(() => new SubjectTable([new StudySubject("S1"), new StudySubject("S1")]));

    private static SdtmTable Csv(string text) => SdtmTableReader.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(text)), "adsl.csv");
}
