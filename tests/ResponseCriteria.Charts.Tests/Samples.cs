using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using ResponseCriteria.Cases;
using ResponseCriteria.Cases.Tests;
using ResponseCriteria.Responses;
using ResponseCriteria.Results;
using Xunit;

namespace ResponseCriteria.Charts.Tests;

/// <summary>The inputs the chart tests draw (the seed case, the conformance cases) and SVG helpers.</summary>
internal static class Samples
{
    internal static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    internal static EvaluationResult Seed { get; } = CaseEvaluator.Evaluate(CaseReader.ReadFile(Path.Combine(Repository.Root, "docs", "examples", "seed-case.json")));

    internal static IReadOnlyList<EvaluationResult> Conformance(Criteria criteria)
        => Directory.GetFiles(Path.Combine(Repository.Data, "conformance", "cases"), "*.json").Order(StringComparer.Ordinal)
            .Select(f => CaseEvaluator.Evaluate(CaseReader.ReadFile(f), criteria)).ToArray();

    internal static XDocument Parse(Chart chart) => XDocument.Parse(chart.ToSvg());

    /// <summary>The elements of a group (by its class) of a chart.</summary>
    internal static IEnumerable<XElement> In(XDocument svg, string group)
        => svg.Descendants(Ns + "g").Where(g => (string?)g.Attribute("class") == group).SelectMany(g => g.Elements());

    internal static double D(XElement e, string attribute) => double.Parse((string)e.Attribute(attribute)!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Compares with a reviewed file in tests/data/golden/charts; RESPONSECRITERIA_UPDATE_GOLDEN=1 rewrites it.</summary>
    internal static void Golden(string name, string actual)
    {
        var file = Path.Combine(Repository.Data, "golden", "charts", name);
        if (Environment.GetEnvironmentVariable("RESPONSECRITERIA_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, actual);
        }

        var expected = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected != actual)
        {
            File.WriteAllText(Path.Combine(Repository.Scratch, name), actual);
            var at = expected.Zip(actual).TakeWhile(p => p.First == p.Second).Count();
            Assert.Fail($"{file} differs from the chart drawn at character {at} (written to {Path.Combine(Repository.Scratch, name)}): " +
                $"expected '{Excerpt(expected, at)}', drawn '{Excerpt(actual, at)}'");
        }
    }

    private static string Excerpt(string text, int at) => text.Substring(Math.Max(0, at - 40), Math.Min(100, text.Length - Math.Max(0, at - 40)));
}
