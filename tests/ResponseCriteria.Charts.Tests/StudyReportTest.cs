using System;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
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
        var chromium = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);
        if (chromium is null)
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "CI must install Chromium (.ci/run does: apt-get install chromium)");
            Assert.Skip("Chromium is not installed (apt-get install chromium); CI runs this test");
        }

        var uri = new Uri(ConformanceReport.Value).AbsoluteUri;
        var dom = Chromium(chromium, "--dump-dom", uri);
        Assert.All(["id=\"summary\"", "id=\"charts\"", "id=\"patients\""], s => Assert.Contains(s, dom, StringComparison.Ordinal));
        Assert.Equal(16, Regex.Count(dom, "<article class=\"patient\""));

        var png = Path.Combine(Repository.Scratch, "report-" + Guid.NewGuid().ToString("N") + ".png");
        Chromium(chromium, $"--screenshot={png}", "--window-size=1200,1600", uri);
        Assert.True(DistinctBytes(png) >= 32, "the screenshot is blank");
    }

    internal static string Chromium(string chromium, params string[] arguments)
    {
        var profile = Directory.CreateDirectory(Path.Combine(Repository.Scratch, "chromium-profile")).FullName;
        var start = new ProcessStartInfo(chromium) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var variable in new[] { "HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME" })
        {
            start.Environment[variable] = profile; // the browser's files stay in the scratch folder (its singleton socket path must stay short: TMPDIR is left)
        }

        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", $"--user-data-dir={profile}" }.Concat(arguments))
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "Chromium did not finish in 2 minutes");
        Assert.Equal(0, process.ExitCode);
        return output.Result;
    }

    /// <summary>How many different byte values the PNG's decompressed pixel rows hold: a blank page gives a handful.</summary>
    internal static int DistinctBytes(string png)
    {
        var bytes = File.ReadAllBytes(png);
        Assert.True(bytes.Length > 8 && bytes[1] == (byte)'P' && bytes[2] == (byte)'N' && bytes[3] == (byte)'G', $"{png} is not a PNG");
        using var data = new MemoryStream();
        for (var at = 8; at + 8 <= bytes.Length;)
        {
            var length = (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];
            if (bytes.AsSpan(at + 4, 4).SequenceEqual("IDAT"u8))
            {
                data.Write(bytes, at + 8, length);
            }

            at += 12 + length;
        }

        data.Position = 0;
        using var inflate = new ZLibStream(data, CompressionMode.Decompress);
        var seen = new bool[256];
        var buffer = new byte[1 << 16];
        for (int read; (read = inflate.Read(buffer)) > 0;)
        {
            for (var i = 0; i < read; i++)
            {
                seen[buffer[i]] = true;
            }
        }

        return seen.Count(s => s);
    }
}
