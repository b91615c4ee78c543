using System;
using System.IO;
using Microsoft.DotNet.Interactive.Formatting;
using ResponseCriteria.Cases.Tests;
using Xunit;

namespace ResponseCriteria.Charts.Tests;

public sealed class ChartTest
{
    /// <summary>A .NET notebook kernel's formatter finds the chart's HTML through the TypeFormatterSource convention (test-only reference).</summary>
    [Fact]
    public void ToDisplayString_NotebookFormatter_ShowsTheChart()
    {
        var chart = PatientChart.Render(Samples.Seed);

        var html = chart.ToDisplayString("text/html");

        Assert.Equal(chart.ToHtml(), html);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToDisplayString_NotebookFormatter_ShowsTheReport()
    {
        var report = new StudyReport("Seed", [Samples.Seed]);

        Assert.Equal(report.ToHtml(), report.ToDisplayString("text/html"));
    }

    [Fact]
    public void Save_SvgOrHtmlByExtension()
    {
        var chart = PatientChart.Render(Samples.Seed);
        var svg = Path.Combine(Repository.Scratch, Guid.NewGuid().ToString("N") + ".svg");
        var html = Path.ChangeExtension(svg, ".html");

        chart.Save(svg);
        chart.Save(html);

        Assert.Equal(chart.ToSvg(), File.ReadAllText(svg));
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(html), StringComparison.Ordinal);
        Assert.Contains(chart.ToSvg(), File.ReadAllText(html), StringComparison.Ordinal);
    }
}
