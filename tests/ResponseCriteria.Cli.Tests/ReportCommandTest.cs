using System;
using System.IO;
using System.Text.RegularExpressions;
using ResponseCriteria.Cases.Tests;
using ResponseCriteria.Charts.Tests;
using Xunit;

namespace ResponseCriteria.Cli.Tests;

public sealed class ReportCommandTest
{
    private static string Out() => Path.Combine(Repository.Scratch, "report-" + Guid.NewGuid().ToString("N") + ".html");

    /// <summary>The command on the bundled examples, rendered by headless Chromium with every section.</summary>
    [Fact]
    public void Run_Examples_RendersInChromiumWithEverySection()
    {
        var path = Out();
        var (code, output, err) = RecistCli.Run("report", Path.Combine(Repository.Root, "docs", "examples"), "--out", path);

        Assert.True(code == 0, err);
        Assert.StartsWith($"report: {path} (2 patients, each case's own criteria", output, StringComparison.Ordinal);
        var dom = Browser.Render(path);
        Assert.All(["id=\"summary\"", "id=\"charts\"", "id=\"patients\"", "id=\"patient-seed-case\""], s => Assert.Contains(s, dom, StringComparison.Ordinal));
        Assert.Contains("seed-case: target lesions over time (iRECIST)", dom, StringComparison.Ordinal); // as `recist evaluate` reads it
        Assert.Contains("seed-case-recist: target lesions over time (RECIST 1.1)", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("<table class=\"endpoints\">", dom, StringComparison.Ordinal); // two criteria: no one summary
    }

    [Fact]
    public void Run_ExamplesUnderOneCriteria_EndpointsSummary()
    {
        var path = Out();
        var (code, output, err) = RecistCli.Run("report", Path.Combine(Repository.Root, "docs", "examples"), "--criteria", "iRECIST", "--out", path);

        Assert.True(code == 0, err);
        Assert.StartsWith($"report: {path} (2 patients, iRECIST", output, StringComparison.Ordinal);
        var html = File.ReadAllText(path);
        Assert.Contains("<table class=\"endpoints\">", html, StringComparison.Ordinal);
        Assert.Equal(4, Regex.Count(html, "target lesions over time \\(iRECIST\\)"));
    }

    /// <summary>The pharmaverse study from SDTM with ADSL: summary with rates and medians, four Kaplan–Meier charts, eight patients.</summary>
    [Fact]
    public void Run_PharmaverseStudy_RendersInChromiumWithSummaryAndEveryPatient()
    {
        var path = Out();
        var (code, _, err) = RecistCli.Run(
            "report", "--tu", Repository.Pharmaverse("tu_onco_recist.csv"), "--tr", Repository.Pharmaverse("tr_onco_recist.csv"),
            "--adsl", Path.Combine(Repository.Data, "pharmaverse-adam", "adsl.csv"), "--out", path);

        Assert.True(code == 0, err);
        var dom = Browser.Render(path);
        Assert.Contains("<table class=\"endpoints\">", dom, StringComparison.Ordinal);
        Assert.Equal(8, Regex.Count(dom, "<article class=\"patient\""));
        Assert.Contains("Progression-free survival", dom, StringComparison.Ordinal);
        Assert.Contains("Xanomeline High Dose", dom, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report needs case files, or --tu and --tr", "report", "--out", "x.html")]
    [InlineData("report needs case files, or --tu and --tr", "report", "cases", "--tu", "t", "--out", "x.html")]
    [InlineData("report on SDTM needs --tu and --tr", "report", "--tu", "t", "--out", "x.html")]
    public void Run_BadUsage_ExitTwoWithReason(string reason, params string[] args)
    {
        var (code, _, err) = RecistCli.Run(args);

        Assert.Equal(2, code);
        Assert.Contains(reason, err, StringComparison.Ordinal);
    }
}
