using System.IO;
using ResponseCriteria.Lesions;
using ResponseCriteria.Responses;
using ResponseCriteria.Tests;
using Xunit;

namespace ResponseCriteria.Cases.Tests;

public sealed partial class CaseReaderTest
{
    private const string Valid = """
        {
          "formatVersion": 1,
          "id": "pr-confirmed",
          "title": "Partial response confirmed five weeks later",
          "criteria": "RECIST 1.1",
          "options": { "confirmation": true, "minimumConfirmationDays": 28, "minimumStableDiseaseDays": 42 },
          "lesions": [
            { "id": "T1", "organ": "liver", "role": "target" },
            { "id": "T2", "organ": "mediastinum", "role": "target", "lymphNode": true },
            { "id": "NT1", "organ": "bone", "role": "nonTarget" }
          ],
          "assessments": [
            { "date": "2024-01-10", "targets": { "T1": 40, "T2": 20 }, "nonTargets": { "NT1": "present" } },
            { "date": "2024-03-06", "targets": { "T1": 25, "T2": 12 }, "nonTargets": { "NT1": "present" } },
            { "date": "2024-04-10", "targets": { "T1": "TSTM", "T2": 9 }, "nonTargets": { "NT1": "present" },
              "newLesions": [] }
          ],
          "expected": { "timepoints": ["PR", "PR"], "bestOverallResponse": "PR", "progressionDate": null }
        }
        """;

    [Fact]
    public void Parse_FormatExample_ReadsEveryField()
    {
        var c = CaseReader.Parse(Valid, "example.json");
        Assert.Equal("pr-confirmed", c.Id);
        Assert.Equal(Criteria.Recist11, c.Criteria);
        Assert.True(c.Options.Confirmation);
        Assert.Equal(28, c.Options.MinimumConfirmationDays);
        Assert.Equal(3, c.Series.Lesions.Count);
        Assert.True(c.Series.Lesions[1].IsLymphNode);
        Assert.Equal(LesionRole.NonTarget, c.Series.Lesions[2].Role);
        Assert.Equal(2, c.Series.FollowUps.Count);
        Assert.Equal(Measurement.TooSmallToMeasure, c.Series.FollowUps[1].Target("T1"));
        Assert.Equal(["PR", "PR"], c.Expected!.TimePoints);
        Assert.True(c.Expected.HasProgressionDate);
        Assert.Null(c.Expected.ProgressionDate);
        Assert.Equal("pr-confirmed", c.Series.Id);
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("\"unscheduled\": true, ", true)]
    [InlineData("\"unscheduled\": false, ", false)]
    public void Parse_Unscheduled_ReadAsRecordedOrNull(string field, bool? expected)
    {
        var c = CaseReader.Parse(Valid.Replace("{ \"date\": \"2024-03-06\", ", "{ " + field + "\"date\": \"2024-03-06\", ", System.StringComparison.Ordinal), "example.json");
        Assert.Equal(expected, c.Series.FollowUps[0].Unscheduled);
        Assert.Null(c.Series.FollowUps[1].Unscheduled);
    }

    [Fact]
    public void Parse_UnscheduledNotABoolean_ErrorNamesPath()
    {
        var e = Assert.Throws<CaseFormatException>(() => CaseReader.Parse(Valid.Replace("{ \"date\": \"2024-03-06\", ", "{ \"unscheduled\": \"yes\", \"date\": \"2024-03-06\", ", System.StringComparison.Ordinal), "example.json"));
        Assert.Contains("$.assessments[1].unscheduled", e.Message, System.StringComparison.Ordinal);
        Assert.Contains("example.json", e.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"formatVersion\": 1", "\"formatVersion\": 2", "$.formatVersion", "format version 1")]
    [InlineData("\"title\"", "\"titel\"", "$.titel", "unknown field")]
    [InlineData("{ \"id\": \"NT1\"", "{ \"id\": \"T1\"", "$.lesions[2].id", "duplicate lesion id 'T1'")]
    [InlineData("\"date\": \"2024-03-06\"", "\"date\": \"2024-01-01\"", "$.assessments[1].date", "date order")]
    [InlineData("\"T1\": 25", "\"T1\": -1", "$.assessments[1].targets.T1", "from 0")]
    [InlineData("\"T1\": 25", "\"T9\": 25", "$.assessments[1].targets.T9", "not declared")]
    [InlineData("\"nonTargets\": { \"NT1\": \"present\" } },\n    { \"date\": \"2024-04-10\"", "\"nonTargets\": { \"T1\": \"present\" } },\n    { \"date\": \"2024-04-10\"", "$.assessments[1].nonTargets.T1", "not a non-target")]
    [InlineData("\"T1\": 40, \"T2\": 20", "\"T1\": \"NE\", \"T2\": 20", "$.assessments[0].targets.T1", "at baseline")]
    [InlineData("\"T1\": 40, \"T2\": 20", "\"T2\": 20", "$.assessments[0].targets.T1", "at baseline")]
    [InlineData("\"NT1\": \"present\" } },\n    { \"date\": \"2024-03-06\"", "\"NT1\": \"gone\" } },\n    { \"date\": \"2024-03-06\"", "$.assessments[0].nonTargets.NT1", "\"absent\"")]
    [InlineData("\"RECIST 1.1\"", "\"RECIST 1.0\"", "$.criteria", "\"RECIST 1.1\" or \"iRECIST\"")]
    [InlineData("\"bestOverallResponse\": \"PR\"", "\"bestOverallResponse\": \"VGPR\"", "$.expected.bestOverallResponse", "response code")]
    [InlineData("\"date\": \"2024-01-10\"", "\"date\": \"2024-1-10\"", "$.assessments[0].date", "YYYY-MM-DD")]
    [InlineData("\"minimumConfirmationDays\": 28", "\"minimumConfirmationDays\": 2.5", "$.options.minimumConfirmationDays", "whole number")]
    [InlineData("\"id\": \"pr-confirmed\"", "\"id\": \"pr confirmed\"", "$.id", "letters, digits")]
    [InlineData("\"newLesions\": []", "\"newLesions\": [{ \"id\": \"T1\", \"organ\": \"lung\" }]", "$.assessments[2].newLesions[0].id", "baseline lesion")]
    [InlineData("\"newLesions\": []", "\"newLesions\": [{ \"id\": \"N1\", \"organ\": \"lung\", \"size\": \"big\" }]", "$.assessments[2].newLesions[0].size", "\"TSTM\" or \"NE\"")]
    public void Parse_BrokenCase_RejectedNamingFilePathAndExpectation(string from, string to, string path, string expectation)
    {
        var json = Valid.Replace("\r\n", "\n");
        Assert.Contains(from, json);
        var e = Assert.Throws<CaseFormatException>(() => CaseReader.Parse(json.Replace(from, to), "broken.json"));
        Assert.Equal("broken.json", e.Source);
        Assert.Equal(path, e.JsonPath);
        Assert.Contains(expectation, e.Problem);
        Assert.StartsWith("broken.json: " + path + ": ", e.Message);
    }

    [Fact]
    public void Parse_NotJson_RejectedWithPosition()
    {
        var e = Assert.Throws<CaseFormatException>(() => CaseReader.Parse("{ \"formatVersion\": 1, }", "bad.json"));
        Assert.Contains("not valid JSON", e.Problem);
        Assert.StartsWith("line 1", e.JsonPath);
    }

    [Fact]
    public void Parse_FieldGivenTwice_Rejected()
    {
        var e = Assert.Throws<CaseFormatException>(() => CaseReader.Parse(Valid.Replace("\"title\"", "\"id\": \"x\", \"title\""), "dup.json"));
        Assert.Equal("$.id", e.JsonPath);
    }

    [Fact]
    public void Parse_NewLesionFollowedWithOtherOrgan_Rejected()
    {
        const string json = """
            { "formatVersion": 1, "id": "x", "criteria": "iRECIST",
              "lesions": [ { "id": "T1", "organ": "liver", "role": "target" } ],
              "assessments": [
                { "date": "2024-01-01", "targets": { "T1": 30 } },
                { "date": "2024-02-26", "targets": { "T1": 30 }, "newLesions": [ { "id": "N1", "organ": "lung", "size": 12 } ] },
                { "date": "2024-04-22", "targets": { "T1": 30 }, "newLesions": [ { "id": "N1", "organ": "liver", "size": 12 } ] } ] }
            """;
        var e = Assert.Throws<CaseFormatException>(() => CaseReader.Parse(json, "organ.json"));
        Assert.Equal("$.assessments[2].newLesions[0].organ", e.JsonPath);
    }

    [Fact]
    public void ReadFile_Missing_CaseFormatExceptionNamingFile()
    {
        var path = Path.Combine(Repository.Scratch, "no-such-case-" + System.Guid.NewGuid() + ".json");
        var e = Assert.Throws<CaseFormatException>(() => CaseReader.ReadFile(path));
        Assert.Equal(path, e.Source);
    }

    [Fact]
    public void ReadFile_BundledExample_Reads()
    {
        var c = CaseReader.ReadFile(Path.Combine(Repository.Root, "docs", "examples", "seed-case-recist.json"));
        Assert.Equal("seed-case-recist", c.Id);
        Assert.Equal(4, c.Series.FollowUps.Count);
        Assert.Equal(SeriesBuilder.D("2022-05-13"), c.Expected!.ProgressionDate);
    }
}
