using System;
using System.IO;
using System.Linq;
using ResponseCriteria.Diagnostics;
using ResponseCriteria.Lesions;
using ResponseCriteria.Cases.Tests;
using Xunit;

namespace ResponseCriteria.Sdtm.Tests;

public sealed class SdtmStudyReaderTest
{
    private const string Tu = """
        "USUBJID","TULNKID","TUTESTCD","TUSTRESC","TULOC","TUEVAL","TUEVALID","TUDTC"
        "S1","T01","TUMIDENT","TARGET","LIVER","INVESTIGATOR","","2024-01-01"
        "S1","T02","TUMIDENT","TARGET","LYMPH NODE","INVESTIGATOR","","2024-01-01"
        "S1","NT01","TUMIDENT","NON-TARGET","BONE","INVESTIGATOR","","2024-01-01"
        "S1","NEW01","TUMIDENT","NEW","BRAIN","INVESTIGATOR","","2024-04-22"
        """;

    private static string TrRows(params string[] rows)
        => "\"USUBJID\",\"TRSEQ\",\"TRLNKID\",\"TRTESTCD\",\"TRSTRESC\",\"TRSTAT\",\"VISITNUM\",\"VISIT\",\"TREVAL\",\"TREVALID\",\"TRACPTFL\",\"TRDTC\"\n" + string.Join("\n", rows);

    private static string Row(string lesion, string test, string value, string visit, string date, string stat = "")
        => $"\"S1\",1,\"{lesion}\",\"{test}\",\"{value}\",\"{stat}\",{visit},\"V{visit}\",\"INVESTIGATOR\",\"\",\"\",\"{date}\"";

    private static SdtmTable Table(string text, string name)
    {
        var path = Path.Combine(Repository.Scratch, $"rc-{Guid.NewGuid():N}-{name}.csv");
        File.WriteAllText(path, text);
        return SdtmTableReader.ReadCsv(path);
    }

    private static SdtmStudy Read(params string[] trRows) => SdtmStudyReader.Read(Table(Tu, "tu"), Table(TrRows(trRows), "tr"));

    private static readonly string[] Baseline =
    [
        Row("T01", "LDIAM", "30", "1", "2024-01-01"), Row("T01", "LPERP", "20", "1", "2024-01-01"),
        Row("T02", "LDIAM", "25", "1", "2024-01-01"), Row("T02", "LPERP", "18", "1", "2024-01-01"),
        Row("NT01", "TUMSTATE", "PRESENT", "1", "2024-01-01"),
    ];

    [Fact]
    public void Read_ValuesOfEveryKind_Mapped()
    {
        var study = Read([.. Baseline,
            Row("T01", "LDIAM", "TOO SMALL TO MEASURE", "2", "2024-02-26"), Row("T02", "LPERP", "", "2", "2024-02-26", "NOT DONE"),
            Row("NT01", "TUMSTATE", "UNEQUIVOCAL PROGRESSION", "2", "2024-02-26"),
            Row("T01", "LDIAM", "0", "3", "2024-04-22"), Row("T02", "LPERP", "8", "3", "2024-04-22"),
            Row("NT01", "TUMSTATE", "ABSENT", "3", "2024-04-22"), Row("NEW01", "TUMSTATE", "EQUIVOCAL", "3", "2024-04-22")]);
        var s = Assert.Single(study.Subjects);
        Assert.Equal("S1 INVESTIGATOR", s.Series.Id);
        Assert.Equal(Measurement.TooSmallToMeasure, s.Series.FollowUps[0].Target("T01"));
        Assert.Equal(Measurement.NotEvaluable, s.Series.FollowUps[0].Target("T02"));
        Assert.Equal(NonTargetStatus.Progression, s.Series.FollowUps[0].NonTarget("NT01"));
        Assert.Equal(Measurement.Disappeared, s.Series.FollowUps[1].Target("T01"));
        Assert.Equal(8m, s.Series.FollowUps[1].Target("T02").Millimetres);
        Assert.Equal(NonTargetStatus.Absent, s.Series.FollowUps[1].NonTarget("NT01"));
        var newLesion = Assert.Single(s.Series.FollowUps[1].NewLesions);
        Assert.True(newLesion.IsEquivocal);
        Assert.Equal("BRAIN", newLesion.Organ);
    }

    [Fact]
    public void Read_UnmappableRecords_RejectedNamingFileRowSubjectAndVariable()
    {
        var study = Read([.. Baseline, Row("T01", "LDIAM", "big", "2", "2024-02-26"), Row("T09", "LDIAM", "10", "2", "2024-02-26"), Row("T02", "LPERP", "10", "2", "2024")]);
        var issues = study.Issues.Where(i => i.Severity == DiagnosticSeverity.Error).ToList();
        Assert.Contains(issues, i => i.Variable == "TRSTRESC" && i.Row == 6 && i.Usubjid == "S1" && i.Message.Contains("'big'", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Variable == "TRLNKID" && i.Row == 7 && i.Message.Contains("T09", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Variable == "TRDTC" && i.Row == 8);
        Assert.All(issues, i => Assert.EndsWith("tr.csv", i.Source, StringComparison.Ordinal));
        var tr = study.Counts[1];
        Assert.Equal(3, tr.Rejected);
        Assert.Equal(tr.Read, tr.Used + tr.NotNeeded + tr.Rejected);
        Assert.Equal(Measurement.NotEvaluable, study.Subjects[0].Series.FollowUps[0].Target("T01")); // the bad value is NE, not guessed
    }

    [Theory]
    [InlineData(DayImputation.First, 1)]
    [InlineData(DayImputation.Middle, 15)]
    [InlineData(DayImputation.Last, 29)]
    public void Read_PartialDate_ImputedAsConfigured(DayImputation imputation, int day)
    {
        var study = SdtmStudyReader.Read(Table(Tu, "tu"), Table(TrRows([.. Baseline, Row("T01", "LDIAM", "20", "2", "2024-02")]), "tr"), null, new SdtmOptions { DayImputation = imputation });
        Assert.Equal(new NodaTime.LocalDate(2024, 2, day), study.Subjects[0].FollowUps[0].Date);
        Assert.True(study.Subjects[0].FollowUps[0].DateImputed);
    }

    [Fact]
    public void Read_VisitNumberReusedOnTwoDates_TwoAssessments()
    {
        var study = Read([.. Baseline, Row("T01", "LDIAM", "20", "2", "2024-02-26"), Row("T01", "LDIAM", "22", "2", "2024-04-22")]);
        Assert.Equal(2, study.Subjects[0].FollowUps.Count);
        Assert.DoesNotContain(study.Issues, i => i.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Read_MultiDayVisit_OneAssessmentDatedAtTheEarliestScan()
    {
        var study = Read([.. Baseline, Row("T01", "LDIAM", "20", "2", "2024-02-26"), Row("NT01", "TUMSTATE", "PRESENT", "2", "2024-02-28")]);
        var visit = Assert.Single(study.Subjects[0].FollowUps);
        Assert.Equal(new NodaTime.LocalDate(2024, 2, 26), visit.Date);
    }

    [Fact]
    public void Read_OtherEvaluatorFiltered_NotNeeded()
    {
        var study = SdtmStudyReader.Read(Table(Tu, "tu"), Table(TrRows(Baseline), "tr"), null, new SdtmOptions { Evaluator = "RADIOLOGIST 1" });
        Assert.Empty(study.Subjects);
        Assert.Equal(4, study.Counts[0].NotNeeded);
    }

    [Fact]
    public void Read_ReferenceDates_SetOnTheSubjectsSeries()
    {
        var dates = new System.Collections.Generic.Dictionary<string, NodaTime.LocalDate> { ["S1"] = new(2024, 1, 5) };
        var study = SdtmStudyReader.Read(Table(Tu, "tu"), Table(TrRows([.. Baseline, Row("T01", "LDIAM", "20", "2", "2024-02-26")]), "tr"), null, new SdtmOptions { ReferenceDates = dates });

        Assert.Equal(new NodaTime.LocalDate(2024, 1, 5), study.Subjects[0].Series.ReferenceDate);
        Assert.Null(Read([.. Baseline, Row("T01", "LDIAM", "20", "2", "2024-02-26")]).Subjects[0].Series.ReferenceDate);
    }

    [Fact]
    public void Read_MissingVariable_FormatError()
    {
        var e = Assert.Throws<SdtmFormatException>(() => SdtmStudyReader.Read(Table(Tu, "tu"), Table("\"USUBJID\",\"TRLNKID\"\n\"S1\",\"T01\"", "tr")));
        Assert.Contains("TRTESTCD", e.Problem, StringComparison.Ordinal);
    }
}
