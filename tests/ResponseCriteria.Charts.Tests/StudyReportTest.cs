using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ResponseCriteria.Cases.Tests;
using ResponseCriteria.Endpoints;
using ResponseCriteria.Responses;
using Xunit;

namespace ResponseCriteria.Charts.Tests;

public sealed partial class StudyReportTest
{
    private static readonly Lazy<string> ConformanceReport = new(() =>
    {
        var results = Samples.Conformance(Criteria.IRecist);
        var path = Path.Combine(Repository.Scratch, "report-" + Guid.NewGuid().ToString("N") + ".html");
        new StudyReport("Conformance cases", results).Save(path);
        return path;
    });

    [Fact]
    public void Save_Cases_EverySectionAndEveryPatient()
    {
        var html = File.ReadAllText(ConformanceReport.Value);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.All(["<section id=\"summary\">", "<section id=\"charts\">", "<section id=\"patients\">"], s => Assert.Contains(s, html, StringComparison.Ordinal));
        Assert.Equal(16, Regex.Count(html, "<article class=\"patient\""));
        Assert.Equal(16 + 3, Regex.Count(html, "<svg ")); // a chart per patient, waterfall, spider, swimmer
    }

    /// <summary>Self-contained: no script, no stylesheet or image fetched, no address but the SVG namespace.</summary>
    [Fact]
    public void Save_Cases_NoScriptNoNetwork()
    {
        var html = File.ReadAllText(ConformanceReport.Value);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Regex.Matches(html, "https?://[^\"]+").Select(m => m.Value), u => u != "http://www.w3.org/2000/svg");
    }

    [Fact]
    public void ToHtml_WithSummary_RatesMediansAndCurves()
    {
        var results = Samples.Conformance(Criteria.Recist11);
        var subjects = new SubjectTable(results.Select(r => new StudySubject(r.SeriesId!) { ReferenceDate = r.BaselineDate, LastAliveDate = r.TimePoints[^1].Date }));
        var calls = results.ToDictionary(r => r.SeriesId!, r => (System.Collections.Generic.IReadOnlyList<AssessmentCall>)r.TimePoints.Select(t => AssessmentCall.Of(t.Date, t.Response, Criteria.Recist11)).ToArray());
        var summary = StudySummary.Of(StudyEndpoints.Derive(subjects, calls, Criteria.Recist11));

        var html = new StudyReport("Conformance", results, summary).ToHtml();

        Assert.Contains("<table class=\"endpoints\">", html, StringComparison.Ordinal);
        Assert.Contains("Progression-free survival", html, StringComparison.Ordinal);
        Assert.Contains("<g class=\"at-risk\"", html, StringComparison.Ordinal);
    }

    /// <summary>
    /// The report in a real browser: headless Chromium parses it with every section and patient, and its screenshot is not
    /// blank. CI installs Chromium (.ci/run); elsewhere the test is skipped when Chromium is missing, never passed.
    /// </summary>
    [Fact]
    public void Save_Cases_RendersInHeadlessChromium()
    {
        var dom = Browser.Render(ConformanceReport.Value);

        Assert.All(["id=\"summary\"", "id=\"charts\"", "id=\"patients\""], s => Assert.Contains(s, dom, StringComparison.Ordinal));
        Assert.Equal(16, Regex.Count(dom, "<article class=\"patient\""));
    }
}
