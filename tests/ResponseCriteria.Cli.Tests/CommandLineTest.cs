using System.IO;
using System.Text.Json;
using ResponseCriteria.Cases.Tests;
using Xunit;

namespace ResponseCriteria.Cli.Tests;

public sealed class CommandLineTest
{
    private static readonly string SeedRecist = Path.Combine(Repository.Root, "docs", "examples", "seed-case-recist.json");

    private static readonly string Seed = Path.Combine(Repository.Root, "docs", "examples", "seed-case.json");

    private static (int Code, string Out, string Err) Run(params string[] args) => RecistCli.Run(args);

    private static string TempCase(string json)
    {
        var path = Path.Combine(Repository.Scratch, "recist-cli-" + System.Guid.NewGuid() + ".json");
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void Run_EvaluateSeedCase_PrintsTableExplanationsBestAndProgression()
    {
        var (code, output, _) = Run("evaluate", SeedRecist);
        Assert.Equal(0, code);
        Assert.Contains("date        day  sum    vs baseline  vs nadir", output);
        Assert.Contains("2022-02-18   70  70 mm  -34.0%", output);
        Assert.Contains("PD (new lesion): targets PR", output);
        Assert.Contains("best overall response: PR", output);
        Assert.Contains("progression: 2022-05-13 (day 154, 5.1 months from baseline)", output);
    }

    [Fact]
    public void Run_EvaluateIRecistSeedCase_ShowsIUpdICpdBothDatesAndPatterns()
    {
        var (code, output, _) = Run("evaluate", Seed);
        Assert.Equal(0, code);
        Assert.Contains("[iRECIST]", output);
        Assert.Matches(@"2022-02-18 .* iPR\n", output.Replace("\r\n", "\n"));
        Assert.Contains("iUPD (new lesion NL1 appeared): unconfirmed progression", output);
        Assert.Contains("iCPD: confirms the iUPD of 2022-05-13 (103 days later): new-lesion target sum 20 mm is +8 mm over 12 mm", output);
        Assert.Contains("best overall response: iPR", output);
        Assert.Contains("progression (iRECIST convention: the date of the iUPD that was confirmed): 2022-05-13 (day 154, 5.1 months from baseline)", output);
        Assert.Contains("confirmed by the iCPD of 2022-08-24 (day 257, 8.4 months from baseline)", output);
        Assert.Contains("patterns: mixedResponse, dissociatedResponse", output);
        Assert.Contains("dissociated response on 2022-05-13: T1 -37.9% from baseline", output);
    }

    [Fact]
    public void Run_EvaluateCompare_ShowsBothReadingsSideBySide()
    {
        var (code, output, _) = Run("evaluate", "--compare", Seed);
        Assert.Equal(0, code);
        Assert.Contains("2022-05-13  154  PD          iUPD", output);
        Assert.Contains("2022-08-24  257  PD          iCPD", output);
        Assert.Contains("progression: RECIST 1.1 PD on 2022-05-13", output);
        Assert.Contains("confirms progression 103 days later", output);
    }

    [Fact]
    public void Run_CompareWithCriteria_UsageError()
        => Assert.Equal(2, Run("evaluate", "--compare", "--criteria", "iRECIST", Seed).Code);

    [Fact]
    public void Run_EvaluateJson_WritesParsableResults()
    {
        var (code, output, _) = Run("evaluate", "--format", "json", SeedRecist);
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(1, doc.RootElement[0].GetProperty("resultFormatVersion").GetInt32());
        Assert.Equal("PD", doc.RootElement[0].GetProperty("timepoints")[1].GetProperty("response").GetString());
    }

    [Fact]
    public void Run_CheckPassingCase_ExitZeroAndSummary()
    {
        var (code, output, _) = Run("check", SeedRecist);
        Assert.Equal(0, code);
        Assert.EndsWith("check: 1 passed, 0 failed\n", output.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Run_CheckMismatch_ExitOneWithCaseDateExpectedActualExplanation()
    {
        var json = File.ReadAllText(SeedRecist).Replace("\"bestOverallResponse\": \"PR\"", "\"bestOverallResponse\": \"SD\"");
        var (code, output, _) = Run("check", TempCase(json));
        Assert.Equal(1, code);
        Assert.Contains("FAIL seed-case-recist", output);
        Assert.Contains("bestOverallResponse 2022-02-18: expected SD, got PR", output);
        Assert.Contains("check: 0 passed, 1 failed", output);
    }

    [Fact]
    public void Run_CheckUnreadableFile_ExitTwoNamingFileAndPath()
    {
        var path = TempCase("{ \"formatVersion\": 2 }");
        var (code, output, error) = Run("check", path);
        Assert.Equal(2, code);
        Assert.Contains(path + ": $.formatVersion: expected format version 1", error);
        Assert.Contains("check: 0 passed, 1 failed", output);
    }

    [Fact]
    public void Run_CheckDirectory_ReadsEveryJsonFile()
    {
        var (code, output, _) = Run("check", Path.Combine(Repository.Root, "docs", "examples"));
        Assert.Equal(0, code);
        Assert.Contains("ok   seed-case-recist", output);
        Assert.Contains("ok   seed-case\n", output.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Run_EvaluateOtherCriteria_RereadsTheCase()
    {
        var (code, output, _) = Run("evaluate", "--criteria", "iRECIST", SeedRecist);
        Assert.Equal(0, code);
        Assert.Contains("[iRECIST]", output);
        Assert.Contains("iUPD", output);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("evaluate")]
    [InlineData("evaluate", "--format", "xml", "x.json")]
    [InlineData("evaluate", "--criteria")]
    [InlineData("check", "--verbose", "x.json")]
    [InlineData("evaluate", "--criteria", "mRECIST", "x.json")]
    public void Run_BadUsage_ExitTwoWithMessage(params string[] args)
    {
        var (code, _, error) = Run(args);
        Assert.Equal(2, code);
        Assert.StartsWith("recist: ", error);
    }

    [Fact]
    public void Run_Help_ListsEveryCommand()
    {
        var (code, output, _) = Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("recist [command] [options]", output);
        Assert.Contains("evaluate <FILE|DIR>", output);
        Assert.Contains("check <FILE|DIR>", output);
        Assert.Contains("sdtm", output);
    }

    [Theory]
    [InlineData("evaluate", "--compare")]
    [InlineData("check", "check: N passed, N failed")]
    [InlineData("sdtm", "--accept-sd")]
    public void Run_CommandHelp_DescribesItsOptions(string command, string expected)
    {
        var (code, output, _) = Run(command, "--help");
        Assert.Equal(0, code);
        Assert.Contains($"recist {command}", output);
        Assert.Contains(expected, output);
    }

    [Fact]
    public void Run_NoArguments_ExitTwoPointingToHelp()
    {
        var (code, _, error) = Run();
        Assert.Equal(2, code);
        Assert.Contains("run 'recist --help' for usage", error);
    }

    [Fact]
    public void Run_OptionWithEquals_SameAsSeparateValue()
    {
        var (code, output, _) = Run("evaluate", "--criteria=iRECIST", SeedRecist);
        Assert.Equal(0, code);
        Assert.Equal(Run("evaluate", "--criteria", "iRECIST", SeedRecist).Out, output);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("evaluate")]
    public void Run_DirectoryWithoutCaseFiles_ExitTwoSayingSo(string command)
    {
        var dir = Directory.CreateDirectory(Path.Combine(Repository.Scratch, "empty-" + System.Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var (code, output, error) = Run(command, dir);
            Assert.Equal(2, code);
            Assert.Contains($"recist: no case files in {dir}", error);
            Assert.Equal(string.Empty, output);
        }
        finally
        {
            Directory.Delete(dir);
        }
    }
}
