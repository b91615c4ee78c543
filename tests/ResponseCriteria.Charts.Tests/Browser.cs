using System;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using ResponseCriteria.Cases.Tests;
using Xunit;

namespace ResponseCriteria.Charts.Tests;

/// <summary>
/// Headless Chromium for the report tests: renders a page and returns its DOM after checking that a screenshot of it is not
/// blank. CI installs Chromium (.ci/run); elsewhere a test is skipped when Chromium is missing — never passed — and in CI
/// (CI=true) it fails instead.
/// </summary>
internal static class Browser
{
    internal static string Render(string htmlFile)
    {
        var chromium = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);
        if (chromium is null)
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "CI must install Chromium (.ci/run does: apt-get install chromium)");
            Assert.Skip("Chromium is not installed (apt-get install chromium); CI runs this test");
        }

        var uri = new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri;
        var dom = Chromium(chromium, "--dump-dom", uri);
        var png = Path.Combine(Repository.Scratch, "page-" + Guid.NewGuid().ToString("N") + ".png");
        Chromium(chromium, $"--screenshot={png}", "--window-size=1200,1600", uri);
        Assert.True(DistinctBytes(png) >= 32, $"the screenshot of {htmlFile} is blank");
        return dom;
    }

    private static string Chromium(string chromium, params string[] arguments)
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
    private static int DistinctBytes(string png)
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
